'use strict';
/* The short-range interactions dialog (webapp.md §2.5): rows of expiration, start, duration and exposure group,
   checked when saved, written as JSON to short_range_interactions: {group_id: [{expiration, start_time, duration}]}. */
window.CaimiraForm = window.CaimiraForm || {};
(function (F) {
  let rowSeq = 0;
  const body = () => F.byId('sr_table').tBodies[0];
  const rows = () => Array.from(body().rows);

  function labelled(el, label) { el.setAttribute('aria-label', label); el.setAttribute('form', 'not-submitted'); return el; }
  function errorCell(td, el) {
    const box = document.createElement('div');
    box.className = 'field-error';
    box.id = el.id + '-error';
    box.setAttribute('aria-live', 'polite');
    el.setAttribute('aria-describedby', box.id);
    td.appendChild(box);
  }

  F.addInteraction = function (item, group) {
    const t = F.texts(), seq = ++rowSeq, tr = document.createElement('tr');
    const row = t.row.replace('#', body().rows.length + 1);
    tr.className = 'sr-row';
    const exp = labelled(document.createElement('select'), t.sr_expiration + ', ' + row);
    exp.className = 'form-select form-select-sm sr-expiration';
    exp.id = 'sr_expiration_' + seq;
    exp.add(new Option(t.sr_select_type, ''));
    ['Breathing', 'Speaking', 'Shouting'].forEach((e) => exp.add(new Option(t['exp_' + e.toLowerCase()], e)));
    if (item && item.expiration && !Array.from(exp.options).some((o) => o.value === item.expiration)) {
      exp.add(new Option(t['exp_' + item.expiration.toLowerCase()] || item.expiration, item.expiration));
    }
    exp.value = item ? item.expiration : '';
    const start = labelled(document.createElement('input'), t.sr_start + ', ' + row);
    start.type = 'time';
    start.className = 'form-control form-control-sm sr-start';
    start.id = 'sr_start_' + seq;
    start.value = item ? item.start_time : '';
    const duration = labelled(document.createElement('input'), t.sr_duration_label + ', ' + row);
    duration.type = 'number';
    duration.min = '1';
    duration.className = 'form-control form-control-sm sr-duration';
    duration.id = 'sr_duration_' + seq;
    duration.value = item ? item.duration : 15;
    const grp = labelled(document.createElement('select'), t.sr_group + ', ' + row);
    grp.className = 'form-select form-select-sm sr-group';
    grp.id = 'sr_group_' + seq;
    grp.dataset.value = group || F.groupIds()[0];
    [exp, start, duration, grp].forEach((el) => {
      const td = document.createElement('td');
      td.appendChild(el);
      errorCell(td, el);
      tr.appendChild(td);
    });
    const del = document.createElement('button');
    del.type = 'button';
    del.className = 'btn btn-outline-danger btn-sm sr-delete';
    del.innerHTML = '<i class="bi bi-trash" aria-hidden="true"></i>';
    del.setAttribute('aria-label', t.remove + ', ' + row);
    del.addEventListener('click', () => { tr.remove(); F.updateInteractionCount(); });
    const td = document.createElement('td');
    td.appendChild(del);
    tr.appendChild(td);
    body().appendChild(tr);
    F.refreshGroupOptions();
    F.updateInteractionCount();
    return tr;
  };

  /* The exposure-group choices of every row follow the occupancy groups. */
  F.refreshGroupOptions = function () {
    const ids = F.groupIds();
    document.querySelectorAll('#sr_table .sr-group').forEach((sel) => {
      const current = sel.value || sel.dataset.value;
      sel.innerHTML = '';
      ids.forEach((id) => sel.add(new Option(id, id)));
      if (current && !ids.includes(current)) { sel.add(new Option(current, current)); }
      sel.value = current && sel.querySelector('option[value="' + CSS.escape(current) + '"]') ? current : ids[0];
      sel.dataset.value = sel.value;
    });
  };

  /* "No short-range interaction.", "1 short-range interaction.", "3 short-range interactions." (the language's
     plural rule; French counts 0 and 1 as singular, and 0 has its own sentence anyway). */
  F.updateInteractionCount = function () {
    const n = rows().length, t = F.texts();
    const lang = document.documentElement.lang || 'en';
    const text = n === 0 ? t.sr_count_none
      : (new Intl.PluralRules(lang).select(n) === 'one' ? t.sr_count_one : t.sr_count).replace('#', n);
    F.byId('sr_interactions').textContent = text;
    F.byId('sr_empty').hidden = n > 0;
  };

  /* The dialog's rows and the occupants field as they are: what Save keeps and closing without saving restores. */
  function snapshot() {
    return {
      rows: rows().map((tr) => ({ group: tr.querySelector('.sr-group').value, item: {
        expiration: tr.querySelector('.sr-expiration').value, start_time: tr.querySelector('.sr-start').value,
        duration: tr.querySelector('.sr-duration').value } })),
      occupants: F.byId('short_range_occupants').value
    };
  }

  function restore(saved) {
    body().innerHTML = '';
    saved.rows.forEach((r) => F.addInteraction(r.item, r.group));
    F.byId('short_range_occupants').value = saved.occupants;
    F.updateInteractionCount();
  }

  /* Presence intervals in minutes of a group, for the "Out of event time." check. */
  function presence(group) {
    if (F.groupsOn()) {
      const read = F.readGroups();
      const g = read.value && read.value[group];
      return g ? g.presence.map((p) => [F.minutes(p.start_time), F.minutes(p.finish_time)]) : [];
    }
    const s = F.minutes(F.byId('exposed_start').value), f = F.minutes(F.byId('exposed_finish').value);
    if (s === null || f === null) { return []; }
    const lunchOn = !F.byId('specific_use').checked && F.checkedValue('exposed_lunch_option') === '1';
    const ls = F.minutes(F.byId('exposed_lunch_start').value), lf = F.minutes(F.byId('exposed_lunch_finish').value);
    if (lunchOn && ls !== null && lf !== null && ls > s && lf < f) { return [[s, ls], [lf, f]]; }
    return [[s, f]];
  }

  /* Checks every row; returns the first invalid control or null. */
  F.validateInteractions = function () {
    const t = F.texts(), done = {};
    let first = null;
    const fail = (el, msg) => { F.setError(el, msg); if (!first) { first = el; } return false; };
    rows().forEach((tr) => {
      const exp = tr.querySelector('.sr-expiration'), start = tr.querySelector('.sr-start');
      const dur = tr.querySelector('.sr-duration'), grp = tr.querySelector('.sr-group');
      [exp, start, dur, grp].forEach(F.clearError);
      let ok = true;
      [exp, start, dur].forEach((el) => { if (!el.value) { ok = fail(el, t.required); } });
      if (!ok) { return; }
      const s = F.minutes(start.value), d = Number(dur.value), e = s + d;
      if (!(d >= 15)) { fail(dur, t.sr_duration); return; }
      if (!presence(grp.value).some(([a, b]) => s >= a && e <= b)) { fail(start, t.sr_time); return; }
      const list = done[grp.value] || (done[grp.value] = []);
      if (list.some(([a, b]) => s < b && a < e)) { fail(start, t.sr_overlap); return; }
      list.push([s, e]);
    });
    return first;
  };

  F.readInteractions = function () {
    const out = {};
    rows().map((tr) => ({
      group: tr.querySelector('.sr-group').value,
      item: { expiration: tr.querySelector('.sr-expiration').value, start_time: tr.querySelector('.sr-start').value,
        duration: Number(tr.querySelector('.sr-duration').value) }
    })).sort((a, b) => a.item.start_time.localeCompare(b.item.start_time))
      .forEach((r) => { (out[r.group] || (out[r.group] = [])).push(r.item); });
    return out;
  };

  F.fillInteractions = function (interactions) {
    body().innerHTML = '';
    Object.keys(interactions).forEach((g) => (interactions[g] || []).forEach((i) => F.addInteraction(i, g)));
    F.updateInteractionCount();
  };

  /* Save keeps the rows (once they pass the checks); ×, Esc and a click outside close without saving: the rows
     and the occupants go back to what they were when the dialog opened, after a confirmation when they changed. */
  F.initShortRange = function () {
    const dialog = F.byId('short_range_dialog');
    const modal = () => bootstrap.Modal.getOrCreateInstance(dialog);
    let saved = null;
    let keep = false;
    dialog.addEventListener('show.bs.modal', () => { saved = snapshot(); keep = false; });
    dialog.addEventListener('shown.bs.modal', () => { (body().querySelector('select, input') || F.byId('sr_add')).focus(); });
    dialog.addEventListener('hide.bs.modal', (event) => {
      if (keep || saved === null) { return; }
      if (JSON.stringify(snapshot()) !== JSON.stringify(saved)) {
        if (!window.confirm(F.texts().sr_discard)) { event.preventDefault(); return; }
        restore(saved);
      }
      rows().forEach((tr) => tr.querySelectorAll('select, input').forEach(F.clearError));
    });
    F.byId('sr_add').addEventListener('click', () => F.addInteraction().querySelector('select').focus());
    F.byId('sr_save').addEventListener('click', () => {
      const bad = F.validateInteractions() || F.validateOccupants();
      if (bad) { bad.focus(); } else { keep = true; modal().hide(); }
    });
    F.byId('sr_clear').addEventListener('click', () => {
      body().innerHTML = '';
      F.updateInteractionCount();
      F.byId('short_range_no').checked = true;
      F.updateVisibility();
      keep = true;
      modal().hide();
    });
    F.updateInteractionCount();
  };
})(window.CaimiraForm);
