// The story mode's arrow keys: ← and → follow the page's own previous and next links, so that the
// keys and the links (which work without this script) always agree. Keys typed into a field, or
// pressed with a modifier (the browser's own Back is Alt+←), are left alone.
(function () {
    'use strict';
    document.addEventListener('keydown', function (pressed) {
        if (pressed.altKey || pressed.ctrlKey || pressed.metaKey || pressed.shiftKey || pressed.defaultPrevented) {
            return;
        }
        var target = pressed.target;
        if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
            return;
        }
        var rel = pressed.key === 'ArrowLeft' ? 'prev' : pressed.key === 'ArrowRight' ? 'next' : null;
        var link = rel && document.querySelector('.story-nav a[rel="' + rel + '"]');
        if (link) {
            pressed.preventDefault();
            window.location.assign(link.href);
        }
    });
}());
