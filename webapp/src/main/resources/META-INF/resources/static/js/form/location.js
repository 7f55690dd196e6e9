'use strict';
/* The location combobox: typing searches the server's built-in city list; arrow keys move in the suggestions,
   Enter or a click chooses one (name, latitude and longitude are set), Escape closes the list. */
window.CaimiraForm = window.CaimiraForm || {};
(function (F) {
  F.initLocation = function () {
    const input = F.byId('location_name'), list = F.byId('location_list'), status = F.byId('location_status');
    const url = F.form().dataset.locations;
    let items = [], active = -1, timer = null, latest = 0;

    const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; };
    const highlight = (i) => {
      active = i;
      Array.from(list.children).forEach((li, k) => li.setAttribute('aria-selected', String(k === i)));
      if (i >= 0) { input.setAttribute('aria-activedescendant', list.children[i].id); list.children[i].scrollIntoView({ block: 'nearest' }); }
    };
    const choose = (i) => {
      const c = items[i];
      input.value = c.name;
      F.byId('location_latitude').value = Number(c.latitude).toPrecision(7);
      F.byId('location_longitude').value = Number(c.longitude).toPrecision(7);
      [input, F.byId('location_latitude'), F.byId('location_longitude')].forEach(F.clearError);
      close();
    };
    const render = () => {
      list.innerHTML = '';
      items.forEach((c, i) => {
        const li = document.createElement('li');
        li.id = 'location_option_' + i;
        li.className = 'list-group-item list-group-item-action';
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.textContent = c.name + ' (' + c.country + ')';
        li.addEventListener('mousedown', (e) => { e.preventDefault(); choose(i); });
        list.appendChild(li);
      });
      const t = F.texts();
      status.textContent = items.length ? t.location_count.replace('#', items.length) : t.location_none;
      list.hidden = items.length === 0;
      input.setAttribute('aria-expanded', String(items.length > 0));
      active = -1;
    };
    const search = () => {
      const q = input.value.trim(), ticket = ++latest;
      if (!q) { items = []; render(); return; }
      fetch(url + '?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
        .then((r) => (r.ok ? r.json() : []))
        .then((found) => { if (ticket === latest) { items = found; render(); } })
        .catch(() => { items = []; render(); });
    };
    input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(search, 200); });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown') { e.preventDefault(); if (list.hidden) { search(); } else { highlight(Math.min(active + 1, items.length - 1)); } }
      else if (e.key === 'ArrowUp') { e.preventDefault(); highlight(Math.max(active - 1, 0)); }
      else if (e.key === 'Enter' && !list.hidden && active >= 0) { e.preventDefault(); choose(active); }
      else if (e.key === 'Escape' && !list.hidden) { e.preventDefault(); close(); }
    });
    input.addEventListener('blur', close);
  };
})(window.CaimiraForm);
