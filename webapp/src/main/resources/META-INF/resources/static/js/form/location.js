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
      F.checkWeatherSource();
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
    ['location_latitude', 'location_longitude'].forEach((id) => F.byId(id).addEventListener('change', F.checkWeatherSource));
  };

  /* Says next to the location when its outside temperatures would come from far away (the built-in Geneva data, or
     a distant station), and then opens the user's own temperatures. */
  let weatherTicket = 0;
  F.checkWeatherSource = function () {
    const notice = F.byId('weather_notice'), url = F.form().dataset.weatherSource;
    const lat = F.byId('location_latitude').value, lon = F.byId('location_longitude').value;
    const ticket = ++weatherTicket;
    if (!url || lat === '' || lon === '') { notice.hidden = true; return; }
    const lang = document.documentElement.lang || 'en';
    fetch(url + '?latitude=' + encodeURIComponent(lat) + '&longitude=' + encodeURIComponent(lon) + '&lang='
      + encodeURIComponent(lang), { headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : null))
      .then((answer) => {
        if (ticket !== weatherTicket) { return; }
        const far = answer && answer.message;
        notice.textContent = far ? answer.message : '';
        notice.hidden = !far;
        if (far) { F.byId('outside_temps').open = true; }
      })
      .catch(() => { notice.hidden = true; });
  };

  /* The 24 hourly values as typed ("12 11,5 11", "12; 11.5; 11", "12, 11.5, 11") as the JSON list the calculator
     reads; a text that is not such a list is sent as it is, for the server to name the field. */
  F.hourlyTemperaturesJson = function (text) {
    const t = text.trim();
    if (t === '' || t.startsWith('[')) { return t; }
    const values = t.split(/[\s;]+/).map((v) => v.replace(/,$/, '').replace(',', '.')).filter((v) => v !== '');
    return values.every((v) => v !== '' && Number.isFinite(Number(v))) ? '[' + values.map(Number).join(',') + ']' : t;
  };
})(window.CaimiraForm);
