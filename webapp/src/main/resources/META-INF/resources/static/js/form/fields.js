'use strict';
/* Show/hide panels and the required state of the form's fields (webapp.md §2.3). A radio or checkbox with
   data-shows="#panel" shows the panel while checked; data-hides="#panel" hides it while checked. A field with
   data-required is required while it is visible. */
window.CaimiraForm = window.CaimiraForm || {};
(function (F) {
  F.form = () => document.getElementById('covid_calculator');
  F.texts = () => document.getElementById('form-texts').dataset;
  F.byId = (id) => document.getElementById(id);
  F.visible = (el) => el.closest('[hidden]') === null;
  F.checkedValue = (name) => {
    const el = F.form().querySelector('input[name="' + name + '"]:checked');
    return el ? el.value : null;
  };

  F.updateVisibility = function () {
    const controls = Array.from(document.querySelectorAll('[data-shows], [data-hides]'));
    const shown = new Set(), hidden = new Set(), all = new Set();
    controls.forEach((c) => {
      if (c.dataset.shows) { all.add(c.dataset.shows); if (c.checked) { shown.add(c.dataset.shows); } }
      if (c.dataset.hides) { all.add(c.dataset.hides); if (c.checked) { hidden.add(c.dataset.hides); } }
    });
    all.forEach((sel) => {
      const panel = document.querySelector(sel);
      const explicitlyShown = controls.some((c) => c.dataset.shows === sel);
      panel.hidden = hidden.has(sel) || (explicitlyShown && !shown.has(sel));
    });
    document.querySelectorAll('[data-required]').forEach((el) => {
      const on = F.visible(el) && (!el.dataset.radio || F.byId(el.dataset.radio).checked);
      if (el.type === 'radio') {
        F.form().querySelectorAll('input[name="' + el.name + '"]').forEach((r) => { r.required = on; });
      } else {
        el.required = on;
        if (!on) { F.clearError(el); }
      }
    });
    F.updateRules();
  };

  /* Rules between fields: masks exclude short range; a precise activity replaces the list; "Other" booster note. */
  F.updateRules = function () {
    const masks = F.checkedValue('mask_wearing_option') === 'mask_on';
    const srYes = F.byId('short_range_yes'), srNo = F.byId('short_range_no');
    if (masks && srYes.checked) { srNo.checked = true; srYes.dispatchEvent(new Event('change', { bubbles: true })); }
    srYes.disabled = masks;
    srNo.disabled = masks;
    F.byId('mask_short_range_note').hidden = !masks;
    const precise = F.byId('precise_use').checked;
    F.byId('activity_type').disabled = precise;
    F.byId('activity_type_precise').disabled = !precise;
    F.updateBoosters();
    F.byId('booster_other_note').hidden = F.byId('vaccine_booster_type').value !== 'Other';
    if (F.checkedValue('exposure_option') === 'p_probabilistic_exposure') { F.byId('infected_people').value = '1'; }
    ['exposed', 'infected'].forEach((p) => {
      if (F.checkedValue(p + '_lunch_option') === '1') {
        [p + '_lunch_start', p + '_lunch_finish'].forEach((id) => { const el = F.byId(id); if (!el.value) { el.value = el.defaultValue; } });
      }
    });
  };

  /* Only the boosters with effectiveness data after the chosen primary series (and "Other") are offered. */
  F.updateBoosters = function () {
    const primary = F.byId('vaccine_type').value, select = F.byId('vaccine_booster_type');
    Array.from(select.options).forEach((o) => {
      const ok = o.value === 'Other' || o.dataset.primaries.split(' ').includes(primary);
      o.hidden = !ok;
      o.disabled = !ok;
    });
    if (select.selectedOptions.length === 0 || select.selectedOptions[0].disabled) {
      select.value = Array.from(select.options).find((o) => !o.disabled).value;
    }
  };

  /* Error messages next to fields, tied with aria-describedby. */
  F.errorBox = function (el) {
    const name = el.name || el.id;
    let box = F.byId(name + '-error');
    if (!box) {
      box = document.createElement('div');
      box.id = name + '-error';
      box.className = 'field-error';
      const anchor = el.type === 'radio' ? el.closest('fieldset') : el;
      anchor.insertAdjacentElement('afterend', box);
    }
    return box;
  };
  F.setError = function (el, message) {
    const box = F.errorBox(el);
    box.textContent = message;
    const target = el.type === 'hidden' ? null : el;
    if (target) {
      target.setAttribute('aria-invalid', 'true');
      const ids = (target.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
      if (!ids.includes(box.id)) { ids.push(box.id); target.setAttribute('aria-describedby', ids.join(' ')); }
      target.classList.add('is-invalid');
    }
  };
  F.clearError = function (el) {
    const box = F.byId((el.name || el.id) + '-error');
    if (box) { box.textContent = ''; }
    el.removeAttribute('aria-invalid');
    el.classList.remove('is-invalid');
  };
  F.clearAllErrors = function () {
    document.querySelectorAll('.field-error').forEach((b) => { b.textContent = ''; });
    document.querySelectorAll('[aria-invalid]').forEach((el) => { el.removeAttribute('aria-invalid'); el.classList.remove('is-invalid'); });
  };
  /* The element to focus for an error on a field (hidden JSON fields have a visible control next to them). */
  F.focusTarget = function (name) {
    const map = { short_range_interactions: 'sr_open', occupancy: 'add_group', specific_breaks: 'specific_exposed',
      precise_activity: 'precise_Breathing', location_name: 'location_name' };
    if (map[name]) { return F.byId(map[name]); }
    const els = F.form().querySelectorAll('[name="' + name + '"]');
    if (els.length === 0) { return F.byId(name); }
    const visibleOne = Array.from(els).find((e) => e.type !== 'hidden' && !e.disabled);
    return visibleOne || els[0];
  };

  F.initFields = function () {
    document.addEventListener('change', (e) => {
      if (e.target.matches('[data-shows], [data-hides], input[type=radio], select, input[type=checkbox]')) { F.updateVisibility(); }
    });
    /* typing a room volume (or the dimensions) chooses its way of giving the room size */
    document.querySelectorAll('[data-radio]').forEach((input) => {
      input.addEventListener('focus', () => {
        const radio = F.byId(input.dataset.radio);
        if (!radio.checked) { radio.checked = true; F.updateVisibility(); }
      });
    });
    F.updateVisibility();
  };
})(window.CaimiraForm);
