// The source reader: the passage a link points to (#excerpt-…) stands out whole, every run of it, not
// only the first one that carries the id (which is all CSS :target can reach). Without this script
// that first run stands out alone.
(function () {
    'use strict';
    var text = document.querySelector('.article-text');
    if (!text) {
        return;
    }

    function showTarget() {
        Array.prototype.forEach.call(text.querySelectorAll('mark.current'), function (mark) {
            mark.classList.remove('current');
        });
        var id = decodeURIComponent(window.location.hash.slice(1));
        var runs = id ? text.querySelectorAll('mark[data-excerpt="' + id.replace(/["\\]/g, '') + '"]') : [];
        Array.prototype.forEach.call(runs, function (mark) {
            mark.classList.add('current');
        });
        text.classList.toggle('has-current', runs.length > 0);
    }

    window.addEventListener('hashchange', showTarget);
    showTarget();
}());
