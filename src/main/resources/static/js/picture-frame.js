// A picture drawn wider than a phone's screen scrolls sideways in its frame; the frame opens on the
// picture's middle (Netflix, on the map) rather than on its empty left edge. Without this script it
// opens on the left edge, and the list below the picture holds the same content.
(function () {
    'use strict';
    document.querySelectorAll('.picture[data-centre]').forEach(function (frame) {
        var hidden = frame.scrollWidth - frame.clientWidth;
        if (hidden > 0) {
            frame.scrollLeft = hidden / 2;
        }
    });
}());
