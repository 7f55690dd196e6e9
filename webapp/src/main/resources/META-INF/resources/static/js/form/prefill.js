'use strict';
/* Fills the form from a shareable link's query string (parsed with URLSearchParams) or, after the server rejected
   a submission, from the submitted values it sends back: every field, radio and checkbox, and the JSON fields
   (short-range rows, occupancy groups, specific breaks, precise activity). */
window.CaimiraForm = window.CaimiraForm || {};
(function (F) {
  const NOT_FIELDS = ['lang', 'c'];

  /* The server's values, else the link's, else the JSON fields the browser restored (back navigation). */
  F.prefillSource = function () {
    const server = F.parseJson(F.form().dataset.values);
    if (Object.keys(server).length > 0) { return Object.entries(server); }
    const link = Array.from(new URLSearchParams(window.location.search).entries())
      .filter(([name]) => !NOT_FIELDS.includes(name));
    if (link.length > 0) { return link; }
    return Array.from(F.form().querySelectorAll('[data-json]')).filter((el) => el.value).map((el) => [el.name, el.value]);
  };

  function setField(name, value) {
    const item = F.form().elements.namedItem(name);
    if (!item) { return; }
    const els = item instanceof RadioNodeList ? Array.from(item) : [item];
    const first = els[0];
    if (first.type === 'radio') {
      els.forEach((r) => { if (r.value === value) { r.checked = true; } });
    } else if (first.type === 'checkbox') {
      first.checked = value === '1' || value === 'true';
    } else if (first.tagName === 'SELECT') {
      if (Array.from(first.options).some((o) => o.value === value)) { first.value = value; }
    } else {
      const target = els.find((e) => !e.disabled) || first;
      target.value = value;
    }
  }

  F.prefill = function () {
    const entries = F.prefillSource();
    entries.forEach(([name, value]) => {
      if (['occupancy', 'specific_breaks', 'precise_activity', 'short_range_interactions'].includes(name)) {
        setField(name, value);
      }
      switch (name) {
        case 'occupancy': F.fillGroups(F.parseJson(value)); break;
        case 'specific_breaks': F.fillSpecificBreaks(F.parseJson(value)); break;
        case 'precise_activity': F.fillPrecise(F.parseJson(value)); break;
        case 'short_range_interactions': F.fillInteractions(F.parseJson(value)); break;
        case 'activity_type':
          if (value === 'precise') { F.byId('precise_use').checked = true; } else { setField(name, value); }
          break;
        default:
          if (value !== 'not-applicable') { setField(name, value); }
      }
    });
    F.updateVisibility();
    /* the CO₂ fitting dialog's script redraws its result from the restored field */
    if (F.byId('CO2_fitting_result').value) {
      F.byId('CO2_fitting_result').dispatchEvent(new Event('change', { bubbles: true }));
    }
    F.refreshGroupOptions();
    F.updateInteractionCount();
  };
})(window.CaimiraForm);
