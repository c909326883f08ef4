// Copy buttons: <button data-copy="field-id" data-copied="Copied" hidden>. They are shown only where the Clipboard
// API exists (it needs HTTPS or localhost); elsewhere the read-only field is still there to select and copy.
(function () {
    'use strict';
    var buttons = document.querySelectorAll('button[data-copy]');
    if (!buttons.length || !navigator.clipboard || !window.isSecureContext) {
        return;
    }
    // One polite live region, present before anything is announced, so screen readers pick up its changes.
    var status = document.createElement('div');
    status.id = 'copy-status';
    status.className = 'visually-hidden';
    status.setAttribute('aria-live', 'polite');
    status.setAttribute('aria-atomic', 'true');
    document.body.appendChild(status);

    buttons.forEach(function (button) {
        button.hidden = false;
        button.addEventListener('click', function () {
            var field = document.getElementById(button.getAttribute('data-copy'));
            if (!field) {
                return;
            }
            navigator.clipboard.writeText(field.value).then(function () {
                // Emptied first, so copying twice is announced twice.
                status.textContent = '';
                window.setTimeout(function () {
                    status.textContent = button.getAttribute('data-copied');
                }, 100);
            }, function () {
                field.focus();
                field.select();
            });
        });
    });
})();
