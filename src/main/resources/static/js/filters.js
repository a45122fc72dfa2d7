// Filter forms (form[data-auto-apply]) apply themselves: a change loads the filtered page at its clean
// address (no empty fields, no defaults). Without this script the form still submits with its Apply
// button, and the server redirects to the same clean address.
(function () {
    'use strict';
    var forms = Array.prototype.slice.call(document.querySelectorAll('form[data-auto-apply]'));
    if (!forms.length || !window.URLSearchParams) {
        return;
    }

    function fields(form) {
        return Array.prototype.filter.call(form.elements, function (field) {
            return field.name && field.type !== 'submit';
        });
    }

    function cleanAddress(form) {
        var query = new URLSearchParams();
        fields(form).forEach(function (field) {
            var value = field.value.trim();
            var unticked = (field.type === 'checkbox' || field.type === 'radio') && !field.checked;
            if (!unticked && value !== '' && value !== field.getAttribute('data-default')) {
                query.append(field.name, value);
            }
        });
        var text = query.toString();
        return form.getAttribute('action') + (text ? '?' + text : '');
    }

    function apply(form) {
        if (!form.checkValidity()) {
            form.reportValidity();
            return;
        }
        var address = cleanAddress(form);
        if (address !== window.location.pathname + window.location.search) {
            window.location.assign(address);
        }
    }

    // The boxes show the address: after Back or Forward, and when the page comes back from the
    // back-forward cache with the boxes as they were left.
    function reflectAddress(form) {
        var query = new URLSearchParams(window.location.search);
        fields(form).forEach(function (field) {
            var values = query.getAll(field.name);
            if (field.type === 'checkbox' || field.type === 'radio') {
                field.checked = values.length ? values.indexOf(field.value) >= 0
                    : field.value === field.getAttribute('data-default');
            } else {
                field.value = values.length ? values[0] : '';
            }
        });
    }

    forms.forEach(function (form) {
        form.classList.add('auto-apply');
        form.addEventListener('change', function () { apply(form); });
        form.addEventListener('submit', function (submitted) {
            submitted.preventDefault();
            apply(form);
        });
    });
    window.addEventListener('pageshow', function () { forms.forEach(reflectAddress); });
}());
