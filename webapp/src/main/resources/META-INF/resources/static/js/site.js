/* Every page: the language switch keeps the page's other query parameters (e.g. a report's or comparison's inputs). */
(function () {
  'use strict';
  document.querySelectorAll('a[hreflang][data-language-switch]').forEach(function (link) {
    var params = new URLSearchParams(window.location.search);
    params.set('lang', link.getAttribute('hreflang'));
    link.setAttribute('href', '?' + params.toString());
  });
})();
