// The workbench's helpers; every page works without them. In the source reader, a passage selected in the
// story goes into the "new claim" link, so the claim form opens with it as the quote. In the claim form, the
// quote is checked as it is typed, as saving will check it: it occurs exactly once, inside the story. In the
// edit form, excerpts get a button to remove one (its quote emptied: that is what removes it) and one to add a row.
(function () {
    'use strict';
    var excerpts = document.querySelector('fieldset.excerpts');
    if (excerpts) {
        var removeButton = function (row) {
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'remove-excerpt';
            button.textContent = excerpts.getAttribute('data-remove');
            button.addEventListener('click', function () {
                row.querySelector('textarea').value = '';
                row.hidden = true;
            });
            row.appendChild(button);
        };
        var rows = excerpts.querySelectorAll('.excerpt-row');
        Array.prototype.forEach.call(rows, removeButton);
        var add = document.createElement('button');
        add.type = 'button';
        add.className = 'add-excerpt';
        add.textContent = excerpts.getAttribute('data-add');
        add.addEventListener('click', function () {
            var all = excerpts.querySelectorAll('.excerpt-row');
            var last = all[all.length - 1];
            var row = last.cloneNode(true);
            var index = all.length;
            Array.prototype.forEach.call(row.querySelectorAll('input, textarea, label'), function (field) {
                ['id', 'for', 'name'].forEach(function (attribute) {
                    var value = field.getAttribute(attribute);
                    if (value) {
                        field.setAttribute(attribute, value.replace(/\d+/, String(index)));
                    }
                });
                if (field.tagName !== 'LABEL') {
                    field.value = '';
                }
            });
            row.hidden = false;
            var old = row.querySelector('button.remove-excerpt');
            if (old) {
                old.remove();
            }
            removeButton(row);
            last.parentNode.insertBefore(row, last.nextSibling);
            row.querySelector('input').focus();
        });
        excerpts.appendChild(add);
    }
    var story = document.querySelector('.story-text');
    var link = document.querySelector('a.new-claim');
    if (story && link) {
        var base = link.getAttribute('data-claim-base');
        document.addEventListener('selectionchange', function () {
            var selection = window.getSelection();
            var inside = selection && selection.rangeCount > 0 && !selection.isCollapsed
                && story.contains(selection.getRangeAt(0).commonAncestorContainer);
            var quote = inside ? selection.toString().replace(/\s+/g, ' ').trim() : '';
            link.href = quote ? base + '?quote=' + encodeURIComponent(quote) : base;
            link.classList.toggle('has-passage', quote !== '');
        });
    }

    var quote = document.querySelector('textarea[data-check]');
    var status = document.querySelector('.quote-check');
    if (!quote || !status) {
        return;
    }
    var timer;
    function check() {
        var text = quote.value.trim();
        if (!text) {
            return;
        }
        fetch(quote.getAttribute('data-check') + '?text=' + encodeURIComponent(text), {headers: {Accept: 'application/json'}})
            .then(function (answer) { return answer.ok ? answer.json() : null; })
            .then(function (found) {
                if (!found) {
                    return;
                }
                var message = found.passes ? status.getAttribute('data-ok')
                    : found.occurrences === 0 ? status.getAttribute('data-none')
                    : found.occurrences > 1 ? status.getAttribute('data-many') : status.getAttribute('data-chrome');
                if (found.closest) {
                    message += ' ' + status.getAttribute('data-closest') + ' “' + found.closest + '”';
                }
                status.textContent = message;
                status.classList.toggle('quote-ok', found.passes);
                status.classList.toggle('quote-bad', !found.passes);
            });
    }
    quote.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(check, 300);
    });
    check();
}());
