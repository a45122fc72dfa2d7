// Runs axe-core (every rule, the experimental label-content-name-mismatch and target-size too) on pages of a
// running app, at 390x844 and 1366x900, in Debian's Chromium. Offline once installed: in a folder of your own,
// `npm i -E lighthouse@12.2.3` brings axe-core and puppeteer-core; then `NODE_PATH=that/node_modules node
// bench/axe-pages.js http://127.0.0.1:PORT /timeline /map ...`. Figures go in docs/benchmarks.md.
// The site's CSP refuses injected scripts, so the test pages bypass it to load axe.
const puppeteer = require('puppeteer-core');
const axe = require('axe-core');
(async () => {
  const [base, ...paths] = process.argv.slice(2);
  const browser = await puppeteer.launch({executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu']});
  for (const [w, h] of [[390, 844], [1366, 900]]) {
    for (const path of paths) {
      const page = await browser.newPage();
      await page.setBypassCSP(true);
      await page.setViewport({width: w, height: h, isMobile: w === 390, hasTouch: w === 390});
      await page.goto(base + path, {waitUntil: 'load'});
      await page.addScriptTag({content: axe.source});
      const result = await page.evaluate(async () => await axe.run(document, {rules: {'label-content-name-mismatch': {enabled: true}, 'target-size': {enabled: true}}}));
      const v = result.violations.map(x => x.id + ' x' + x.nodes.length);
      console.log(w + 'x' + h, path, 'violations:', v.length ? v.join(', ') : 'none', '| passes:', result.passes.length);
      await page.close();
    }
  }
  await browser.close();
})();
