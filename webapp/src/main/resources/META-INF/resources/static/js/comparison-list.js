/*
 * The user's list of saved calculator scenarios for the comparison page, kept in this browser's localStorage.
 * Any page can offer to save a scenario with a button:
 *   <button type="button" data-compare-save data-c="<compressed inputs>" data-name="<simulation name>"
 *           data-done="<message announced once saved>">Add to comparison</button>
 * and an element with id "compare-status" (role="status") to announce it.
 */
(function () {
  'use strict';
  var KEY = 'caimira.comparison';
  var MAX = 20;

  function list() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(KEY) || '[]');
      return Array.isArray(saved) ? saved.filter(function (s) { return s && typeof s.c === 'string'; }) : [];
    } catch (e) {
      return [];
    }
  }

  function write(saved) {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(saved.slice(0, MAX)));
    } catch (e) {
      // storage full or disabled: the list simply is not kept
    }
    document.dispatchEvent(new CustomEvent('caimira:comparison-changed'));
  }

  function add(code, name) {
    var saved = list().filter(function (s) { return s.c !== code; });
    saved.unshift({ c: code, name: name || code.slice(0, 16), at: new Date().toISOString() });
    write(saved);
  }

  function remove(code) {
    write(list().filter(function (s) { return s.c !== code; }));
  }

  window.CaimiraComparison = { list: list, add: add, remove: remove };

  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-compare-save]');
    if (!button) {
      return;
    }
    add(button.dataset.c, button.dataset.name);
    var status = document.getElementById('compare-status');
    if (status && button.dataset.done) {
      status.textContent = button.dataset.done;
    }
  });
})();
