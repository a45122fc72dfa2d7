package org.beachhead.browser;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Debian's Chromium and chromedriver, started the way this machine allows: headless, no sandbox
 * (tests run as root), no background networking, a fresh profile. A test tool's own browser
 * download cannot work here, so the paths are fixed and nothing is fetched.
 */
final class Chromium {

    static final File BROWSER = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");

    private Chromium() {
    }

    static boolean installed() {
        if (BROWSER.canExecute() && DRIVER.canExecute()) {
            return true;
        }
        System.out.println("SKIPPED: the browser tests need Debian's chromium and chromium-driver ("
                + BROWSER + ", " + DRIVER + "); .ci/run installs them.");
        return false;
    }

    /** A browser on a profile of its own, which goes with it when it quits (each run left 3 to 6 MB a browser in /tmp). */
    static ChromeDriver start() {
        try {
            Path profile = Files.createTempDirectory("beachhead-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--window-size=1280,1024", "--user-data-dir=" + profile.toAbsolutePath());
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
            return new ChromeDriver(service, options) {
                @Override
                public void quit() {
                    try {
                        super.quit();
                    } finally {
                        FileSystemUtils.deleteRecursively(profile.toFile());
                    }
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
