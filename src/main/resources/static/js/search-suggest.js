// Suggestions as you type for the search page's box: names of partners, deals, titles, regulators, rules
// and people from /search/suggest, offered through a <datalist>. Without this script the box is a plain
// form that still submits; with it, nothing else changes.
(function () {
    'use strict';
    var input = document.getElementById('search-query');
    if (!input || !window.fetch) {
        return;
    }
    var list = document.createElement('datalist');
    list.id = 'search-suggestions';
    input.parentNode.appendChild(list);
    input.setAttribute('list', list.id);
    var endpoint = input.getAttribute('data-suggest') || '/search/suggest';
    var timer = null;
    var latest = 0;

    function show(suggestions) {
        while (list.firstChild) {
            list.removeChild(list.firstChild);
        }
        suggestions.forEach(function (suggestion) {
            var option = document.createElement('option');
            option.value = suggestion.label;
            list.appendChild(option);
        });
    }

    input.addEventListener('input', function () {
        window.clearTimeout(timer);
        var typed = input.value;
        if (typed.trim().length < 2 || typed.length > 200) {
            show([]);
            return;
        }
        timer = window.setTimeout(function () {
            var request = ++latest;
            window.fetch(endpoint + '?q=' + encodeURIComponent(typed), {headers: {'Accept': 'application/json'}})
                .then(function (response) { return response.ok ? response.json() : []; })
                .then(function (suggestions) {
                    if (request === latest) {
                        show(suggestions);
                    }
                })
                .catch(function () { show([]); });
        }, 150);
    });
}());
