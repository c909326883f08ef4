// htmx settings for the Content-Security-Policy: no <style> element of its own (inline styles are refused), and no
// evaluated code. Loaded with defer right after htmx, so it runs before htmx initialises the page.
(function () {
    'use strict';
    if (window.htmx) {
        window.htmx.config.includeIndicatorStyles = false;
        window.htmx.config.allowEval = false;
        window.htmx.config.allowScriptTags = false;
    }
}());
