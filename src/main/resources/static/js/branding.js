// The branding tab. Everything here is an enhancement of forms that work without scripts: colour pickers kept in
// step with the text fields, the preview and contrast warnings following the colours as they are typed (before
// saving), and a size check before a too-large logo is sent at all.
(function () {
    'use strict';

    var HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

    function normalised(text) {
        var match = HEX.exec(text.trim());
        if (!match) {
            return null;
        }
        var digits = match[1].toLowerCase();
        if (digits.length === 3) {
            digits = digits.replace(/./g, '$&$&');
        }
        return '#' + digits;
    }

    function followColours(form) {
        var preview = document.getElementById('preview');
        var warnings = document.getElementById('contrast-warnings');
        var fields = Array.prototype.slice.call(form.querySelectorAll('input[data-color]'));
        var shown = null;
        var timer = null;
        var scrolled = 0;

        // A reloaded preview keeps its scroll position, so the element being recoloured stays in view.
        preview.addEventListener('load', function () {
            preview.contentWindow.scrollTo(0, scrolled);
        });

        // Only valid colours are sent: the preview keeps the last good colour while a value is half typed.
        function query() {
            var parameters = new URLSearchParams();
            fields.forEach(function (field) {
                var colour = normalised(field.value);
                if (colour) {
                    parameters.set(field.name, colour);
                }
            });
            return parameters.toString();
        }

        function refresh() {
            var current = query();
            if (current === shown) {
                return;
            }
            shown = current;
            scrolled = preview.contentWindow ? preview.contentWindow.scrollY : 0;
            preview.src = form.dataset.previewUrl + '?' + current;
            fetch(form.dataset.contrastUrl + '?' + current, {credentials: 'same-origin'})
                .then(function (response) {
                    return response.ok ? response.text() : Promise.reject(new Error(String(response.status)));
                })
                .then(function (html) {
                    var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('contrast-warnings');
                    // The region itself stays, so screen readers announce the new warnings.
                    if (fresh && current === shown) {
                        warnings.replaceChildren.apply(warnings, Array.prototype.slice.call(fresh.childNodes));
                    }
                })
                .catch(function () {
                    // The saved page still shows the warnings after saving.
                });
        }

        function later() {
            window.clearTimeout(timer);
            timer = window.setTimeout(refresh, 250);
        }

        fields.forEach(function (field) {
            var picker = document.getElementById(field.id + '-picker');
            picker.hidden = false;
            picker.addEventListener('input', function () {
                field.value = picker.value;
                later();
            });
            field.addEventListener('input', function () {
                var colour = normalised(field.value);
                if (colour) {
                    picker.value = colour;
                }
                later();
            });
        });
        shown = query();
    }

    function checkLogoSize(form) {
        var input = document.getElementById('logo');
        var error = document.getElementById('logo-error');
        form.addEventListener('submit', function (event) {
            var file = input.files && input.files[0];
            if (file && file.size > Number(input.dataset.maxBytes)) {
                event.preventDefault();
                error.textContent = input.dataset.tooLarge;
                input.classList.add('is-invalid');
                input.setAttribute('aria-invalid', 'true');
                input.setAttribute('aria-describedby', 'logo-hint logo-error');
                input.focus();
            }
        });
        input.addEventListener('change', function () {
            input.classList.remove('is-invalid');
            input.removeAttribute('aria-invalid');
            input.setAttribute('aria-describedby', 'logo-hint');
        });
    }

    var colours = document.getElementById('colors-form');
    if (colours) {
        followColours(colours);
    }
    var logo = document.getElementById('logo-form');
    if (logo) {
        checkLogoSize(logo);
    }
}());
