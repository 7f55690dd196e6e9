'use strict';
/* Editors of three JSON inputs without upstream UI: dynamic occupancy groups (occupancy), specific breaks
   (specific_breaks) and a precise activity (precise_activity). Each builds its hidden field, checks its rows and
   is filled back from the field's JSON. */
window.CaimiraForm = window.CaimiraForm || {};
(function (F) {
  function cell(input) { const td = document.createElement('td'); td.appendChild(input); return td; }
  function input(type, cls, label, value) {
    const el = document.createElement('input');
    el.type = type;
    el.className = 'form-control form-control-sm ' + cls;
    el.setAttribute('aria-label', label);
    el.setAttribute('form', 'not-submitted');
    if (type === 'number') { el.min = '0'; el.step = '1'; }
    el.value = value == null ? '' : value;
    return el;
  }

  /* ---- occupancy groups ---- */
  F.groupsOn = () => F.byId('groups_use').checked;
  F.addGroup = function (id, g) {
    const t = F.texts(), body = F.byId('groups_table').tBodies[0];
    const n = body.rows.length + 1, row = t.row.replace('#', n);
    const tr = document.createElement('tr');
    tr.appendChild(cell(input('text', 'g-id', t.group_id + ', ' + row, id || 'group_' + n)));
    tr.appendChild(cell(input('number', 'g-total', t.group_total + ', ' + row, g ? g.total_people : '')));
    tr.appendChild(cell(input('number', 'g-infected', t.group_infected + ', ' + row, g ? g.infected : 0)));
    tr.appendChild(cell(input('text', 'g-presence', t.group_presence + ', ' + row,
      g ? F.formatIntervals(g.presence) : F.byId('exposed_start').value + '-' + F.byId('exposed_finish').value)));
    const del = document.createElement('button');
    del.type = 'button';
    del.className = 'btn btn-outline-danger btn-sm';
    del.innerHTML = '<i class="bi bi-trash" aria-hidden="true"></i>';
    del.setAttribute('aria-label', t.remove + ', ' + row);
    del.addEventListener('click', () => { tr.remove(); F.refreshGroupOptions(); });
    tr.appendChild(cell(del));
    tr.addEventListener('change', F.refreshGroupOptions);
    body.appendChild(tr);
    F.refreshGroupOptions();
    return tr;
  };
  F.groupIds = function () {
    if (!F.groupsOn()) { return ['group_1']; }
    const ids = Array.from(document.querySelectorAll('#groups_table .g-id')).map((i) => i.value.trim()).filter(Boolean);
    return ids.length ? ids : ['group_1'];
  };
  /* The occupancy object, or a message when a row is wrong. */
  F.readGroups = function () {
    const out = {};
    for (const tr of F.byId('groups_table').tBodies[0].rows) {
      const id = tr.querySelector('.g-id').value.trim();
      const total = Number(tr.querySelector('.g-total').value);
      const infected = Number(tr.querySelector('.g-infected').value || 0);
      const presence = F.parseIntervals(tr.querySelector('.g-presence').value);
      if (!id || !Number.isInteger(total) || total < 1 || !Number.isInteger(infected) || infected < 0 || infected > total) {
        return { error: F.texts().group, focus: tr.querySelector('.g-id') };
      }
      if (!presence || presence.length === 0) {
        return { error: F.texts().intervals, focus: tr.querySelector('.g-presence') };
      }
      out[id] = { total_people: total, infected: infected, presence: presence };
    }
    return { value: out };
  };
  F.fillGroups = function (occupancy) {
    const ids = Object.keys(occupancy);
    if (ids.length === 0) { return; }
    F.byId('groups_use').checked = true;
    F.byId('groups_table').tBodies[0].innerHTML = '';
    ids.forEach((id) => F.addGroup(id, occupancy[id]));
  };

  /* ---- specific breaks ---- */
  F.readSpecificBreaks = function () {
    const exposed = F.parseIntervals(F.byId('specific_exposed').value);
    const infected = F.parseIntervals(F.byId('specific_infected').value);
    if (exposed === null || exposed.length === 0) { return { error: F.texts().intervals, focus: F.byId('specific_exposed') }; }
    if (infected === null) { return { error: F.texts().intervals, focus: F.byId('specific_infected') }; }
    return { value: { exposed_breaks: exposed, infected_breaks: infected } };
  };
  F.fillSpecificBreaks = function (breaks) {
    if (!breaks.exposed_breaks && !breaks.infected_breaks) { return; }
    F.byId('specific_use').checked = true;
    F.byId('specific_exposed').value = F.formatIntervals(breaks.exposed_breaks);
    F.byId('specific_infected').value = F.formatIntervals(breaks.infected_breaks);
  };

  /* ---- precise activity ---- */
  const percentInputs = () => Array.from(document.querySelectorAll('#DIVprecise [data-expiration]'));
  F.readPrecise = function () {
    const list = percentInputs().map((i) => ({ type: i.dataset.expiration, percentage: Number(i.value || 0) }));
    const sum = list.reduce((a, r) => a + r.percentage, 0);
    if (list.some((r) => !(r.percentage >= 0)) || Math.abs(sum - 100) > 1e-9) {
      return { error: F.texts().percent, focus: percentInputs()[0] };
    }
    return { value: { physical_activity: F.byId('physical_activity').value,
      respiratory_activity: list.filter((r) => r.percentage > 0) } };
  };
  F.fillPrecise = function (precise) {
    if (!precise.physical_activity) { return; }
    F.byId('precise_use').checked = true;
    F.byId('physical_activity').value = precise.physical_activity;
    percentInputs().forEach((i) => { i.value = 0; });
    (precise.respiratory_activity || []).forEach((r) => {
      const i = document.querySelector('#DIVprecise [data-expiration="' + r.type + '"]');
      if (i) { i.value = r.percentage; }
    });
  };

  F.initGroups = function () {
    F.byId('add_group').addEventListener('click', () => F.addGroup().querySelector('input').focus());
    F.byId('groups_use').addEventListener('change', () => {
      if (F.groupsOn() && F.byId('groups_table').tBodies[0].rows.length === 0) { F.addGroup(); }
      F.refreshGroupOptions();
    });
  };
})(window.CaimiraForm);
