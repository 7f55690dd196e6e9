// The CO₂ fitting dialog (webapp.md §3): upload of the sensor file (read on the server), suggested transition
// times, the fit, and the result stored in the form's hidden CO2_fitting_result. Opens on a click on the button
// #co2_fitting_open, or with caimiraCo2.open().
(function (ns) {
  'use strict';

  const dialog = document.getElementById('co2_dialog');
  if (!dialog) {
    return;
  }
  const byId = id => document.getElementById(id);
  const base = dialog.dataset.base;
  const lang = document.documentElement.lang || 'en';
  const numbers = new Intl.NumberFormat(lang, {maximumSignificantDigits: 3});
  const ppm = new Intl.NumberFormat(lang, {maximumFractionDigits: 0});
  const DIALOG_FIELDS = {file: 'co2_file', fitting_ventilation_states: 'fitting_ventilation_states',
    room_capacity: 'room_capacity'};
  const state = {data: null, occupancy: [], transitions: [], fit: null, trigger: null};

  /** A message of the dialog's data-msg-* attributes, with its @placeholders replaced. */
  function msg(key, params) {
    let text = dialog.dataset['msg' + key.charAt(0).toUpperCase() + key.slice(1)] || key;
    for (const [name, value] of Object.entries(params || {})) {
      text = text.replace('@' + name, String(value));
    }
    return text;
  }

  const plotText = {
    seriesData: msg('seriesData'), seriesPredictive: msg('seriesPredictive'),
    seriesTransitions: msg('seriesTransitions'), seriesOccupancy: msg('seriesOccupancy'),
    axisTime: msg('axisTime'), axisPpm: msg('axisPpm'), tableStep: msg('tableStep')
  };

  /** The form's hidden CO2_fitting_result (in the ventilation section). */
  function resultInput() {
    return document.querySelector('input[name="CO2_fitting_result"]');
  }

  function form() {
    return byId('covid_calculator');
  }

  /** The form's current values (name → string), the fit result left out. */
  function formValues() {
    const values = {};
    if (form()) {
      for (const [name, value] of new FormData(form())) {
        if (typeof value === 'string' && name !== 'CO2_fitting_result') {
          values[name] = value;
        }
      }
    }
    return values;
  }

  // ---- errors, status and the spinner

  function clearError() {
    const error = byId('co2_error');
    error.hidden = true;
    error.textContent = '';
    for (const id of Object.values(DIALOG_FIELDS)) {
      const field = byId(id);
      field.classList.remove('is-invalid');
      field.removeAttribute('aria-invalid');
      field.setAttribute('aria-describedby', field.getAttribute('aria-describedby').replace(' co2_error', ''));
    }
  }

  function showError(message, field) {
    const error = byId('co2_error');
    error.textContent = message;
    error.hidden = false;
    if (field) {
      field.classList.add('is-invalid');
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', field.getAttribute('aria-describedby') + ' co2_error');
      field.focus();
    }
  }

  function showServerError(status, body) {
    const message = body && body.message ? body.message : msg('requestFailed', {status});
    const name = body && body.field;
    if (name && DIALOG_FIELDS[name]) {
      showError(message, byId(DIALOG_FIELDS[name]));
    } else if (name) {
      const label = document.querySelector('label[for="' + CSS.escape(name) + '"]');
      showError(msg('formFieldError', {field: label ? label.textContent.trim() : name, message}));
    } else {
      showError(message);
    }
  }

  function announce(text) {
    byId('co2_status').textContent = text;
  }

  function busy(on) {
    byId('co2_busy').hidden = !on;
    for (const id of ['co2_upload', 'co2_fit']) {
      byId(id).disabled = on;
    }
    byId('co2_use').disabled = on || state.fit === null;
    dialog.setAttribute('aria-busy', String(on));
  }

  /** POSTs to a route below co2-fit; the answer's JSON, or null after showing the error. */
  async function post(path, body) {
    clearError();
    busy(true);
    try {
      const options = {method: 'POST', body, credentials: 'same-origin', headers: {Accept: 'application/json'}};
      if (typeof body === 'string') {
        options.headers['Content-Type'] = 'application/json';
      }
      let response;
      try {
        response = await fetch(base + path + '?lang=' + encodeURIComponent(lang), options);
      } catch (e) {
        showError(msg('networkError'));
        return null;
      }
      let answer = null;
      try {
        answer = await response.json();
      } catch (e) {
        answer = null;
      }
      if (!response.ok || answer === null) {
        showServerError(response.status, answer);
        return null;
      }
      return answer;
    } finally {
      busy(false);
    }
  }

  // ---- the three steps

  async function upload() {
    const input = byId('co2_file');
    clearError();
    if (!input.files || input.files.length === 0) {
      showError(msg('noFile'), input);
      return;
    }
    if (input.files[0].size > Number(dialog.dataset.maxKb) * 1024) {
      showError(msg('fileTooLarge'), input);
      return;
    }
    const body = new FormData();
    body.append('file', input.files[0], input.files[0].name);
    body.append('form', JSON.stringify(formValues()));
    const answer = await post('/data', body);
    if (answer === null) {
      return;
    }
    state.data = answer.CO2_data;
    state.fit = null;
    byId('co2_result_section').hidden = true;
    const s = answer.summary;
    const summary = byId('co2_summary');
    summary.textContent = msg('summary', {count: s.samples, first: ns.times.hhmm(s.first),
      last: ns.times.hhmm(s.last), min: ppm.format(s.min), max: ppm.format(s.max)});
    summary.hidden = false;
    announce(summary.textContent);
    await suggest();
  }

  async function suggest() {
    const answer = await post('/plot', JSON.stringify({form: formValues(), CO2_data: state.data}));
    if (answer === null) {
      return;
    }
    state.occupancy = answer.occupancy_times;
    state.transitions = answer.transition_times;
    const times = byId('fitting_ventilation_states');
    times.value = answer.transition_times.map(ns.times.hhmm).join(', ');
    byId('co2_times_section').hidden = false;
    redraw();
    times.focus();
  }

  async function fit() {
    clearError();
    const timesInput = byId('fitting_ventilation_states');
    const parsed = ns.times.parseList(timesInput.value);
    if (parsed.error) {
      showError(msg(parsed.error, {value: parsed.value}), timesInput);
      return;
    }
    const capacityInput = byId('room_capacity');
    const capacity = capacityInput.value.trim();
    if (capacity !== '' && !(/^\d+$/.test(capacity) && Number(capacity) > 0)) {
      showError(msg('capacityBad'), capacityInput);
      return;
    }
    capacityInput.readOnly = true;
    const answer = await post('/fit', JSON.stringify({form: formValues(), CO2_data: state.data,
      fitting_ventilation_states: parsed.values, room_capacity: capacity === '' ? null : capacity}));
    capacityInput.readOnly = false;
    if (answer === null) {
      return;
    }
    state.fit = answer;
    state.transitions = answer.transition_times;
    byId('co2_fit_stored').hidden = true;
    showResult(answer);
    redraw();
    byId('co2_use').disabled = false;
    announce(byId('co2_exhalation_rate').textContent);
    byId('co2_step_result').focus();
  }

  // ---- display

  function redraw() {
    if (state.data === null) {
      return;
    }
    const predictive = state.fit ? state.fit.predictive_CO2 : null;
    ns.plot.draw(byId('co2_plot'), plotText, state.data, predictive, state.transitions, state.occupancy);
    ns.plot.table(byId('co2_plot_lines'), byId('co2_plot_rows'), plotText, state.data, predictive,
      state.transitions, state.occupancy);
  }

  function cell(row, value, exact) {
    const td = document.createElement('td');
    td.textContent = value;
    if (exact !== undefined) {
      td.dataset.value = String(exact);
    }
    row.appendChild(td);
  }

  /** The exhalation rate and the table of a fit (a fresh answer or the stored CO2_fitting_result). */
  function showResult(result) {
    const rate = byId('co2_exhalation_rate');
    rate.textContent = msg('exhalationRate', {rate: typeof result.exhalation_rate === 'number'
      ? twoDecimals.format(result.exhalation_rate) : '–'});
    rate.dataset.value = String(result.exhalation_rate);
    const perPerson = Array.isArray(result.ventilation_lsp_values);
    byId('co2_col_lsp').hidden = !perPerson;
    // a stored fit from a link may lack the flow rates: a dash then
    const flows = Array.isArray(result.ventilation_ls_values) ? result.ventilation_ls_values : [];
    const number = v => (typeof v === 'number' ? numbers.format(v) : '–');
    const rows = document.createDocumentFragment();
    result.ventilation_values.forEach((ach, i) => {
      const tr = document.createElement('tr');
      cell(tr, ns.times.hhmm(result.transition_times[i]) + '–' + ns.times.hhmm(result.transition_times[i + 1]));
      cell(tr, number(ach), ach);
      cell(tr, number(flows[i]), flows[i]);
      if (perPerson) {
        cell(tr, number(result.ventilation_lsp_values[i]), result.ventilation_lsp_values[i]);
      }
      rows.appendChild(tr);
    });
    byId('co2_result_table').tBodies[0].replaceChildren(rows);
    const checks = Array.isArray(result.checks) ? result.checks : plausibility(result);
    fillList(byId('co2_checks_list'), checks);
    byId('co2_checks').hidden = checks.length === 0;
    byId('co2_result_section').hidden = false;
  }

  function fillList(list, sentences) {
    list.replaceChildren(...sentences.map(text => {
      const li = document.createElement('li');
      li.textContent = text;
      return li;
    }));
  }

  const twoDecimals = new Intl.NumberFormat(lang, {minimumFractionDigits: 2, maximumFractionDigits: 2});
  const oneDecimal = new Intl.NumberFormat(lang, {minimumFractionDigits: 1, maximumFractionDigits: 1});

  /**
   * The plausibility sentences of a stored fit (the server sends them with a fresh fit): the same ranges as the
   * server's FitPlausibility, given by the dialog's data-check-* attributes.
   */
  function plausibility(result) {
    const low = Number(dialog.dataset.checkMinExhalation);
    const high = Number(dialog.dataset.checkMaxExhalation);
    const maxAch = Number(dialog.dataset.checkMaxAirChanges);
    const out = [];
    const rate = Number(result.exhalation_rate);
    const range = {rate: twoDecimals.format(rate), low: twoDecimals.format(low), high: oneDecimal.format(high)};
    if (Number.isFinite(rate) && rate < low) {
      out.push(msg('checkExhalationLow', range));
    } else if (Number.isFinite(rate) && rate > high) {
      out.push(msg('checkExhalationHigh', range));
    }
    result.ventilation_values.forEach((ach, i) => {
      if (Number(ach) > maxAch) {
        out.push(msg('checkAirChanges', {from: ns.times.hhmm(result.transition_times[i]),
          to: ns.times.hhmm(result.transition_times[i + 1]), ach: oneDecimal.format(ach), max: String(maxAch)}));
      }
    });
    if (out.length > 0) {
      out.push(msg('checkAdvice'));
    }
    return out;
  }

  /** Under the button that opens the dialog: the stored fit's exhalation rate and air changes, and its checks. */
  function renderStoredSummary() {
    const box = byId('co2_fit_summary');
    if (!box) {
      return;
    }
    const stored = storedResult();
    if (stored === null) {
      box.hidden = true;
      return;
    }
    const intervals = stored.ventilation_values.map((ach, i) => msg('storedInterval', {
      from: ns.times.hhmm(stored.transition_times[i]), to: ns.times.hhmm(stored.transition_times[i + 1]),
      ach: numbers.format(ach)})).join(', ');
    const rate = Number(stored.exhalation_rate);
    byId('co2_fit_summary_text').textContent = msg('storedSummary',
      {rate: Number.isFinite(rate) ? twoDecimals.format(rate) : '–', intervals});
    const checks = plausibility(stored);
    const list = byId('co2_fit_summary_checks');
    fillList(list, checks);
    list.hidden = checks.length === 0;
    box.hidden = false;
  }

  function storedResult() {
    const input = resultInput();
    if (!input || input.value.trim() === '') {
      return null;
    }
    try {
      const result = JSON.parse(input.value);
      const intervals = result.ventilation_values;
      const bounds = result.transition_times;
      return Array.isArray(intervals) && Array.isArray(bounds) && intervals.length > 0
        && bounds.length === intervals.length + 1 && bounds.length <= 1000 ? result : null;
    } catch (e) {
      return null;
    }
  }

  function use() {
    if (state.fit === null) {
      return;
    }
    const input = resultInput();
    input.value = JSON.stringify(state.fit.fitting_result);
    clearFitMissing();
    input.dispatchEvent(new Event('change', {bubbles: true}));
    window.bootstrap.Modal.getOrCreateInstance(dialog).hide();
  }

  function discard() {
    Object.assign(state, {data: null, occupancy: [], transitions: [], fit: null});
    clearError();
    byId('co2_file').value = '';
    byId('fitting_ventilation_states').value = '';
    byId('room_capacity').value = '';
    for (const id of ['co2_summary', 'co2_times_section', 'co2_result_section']) {
      byId(id).hidden = true;
    }
    byId('co2_use').disabled = true;
    const input = resultInput();
    input.value = '';
    byId('co2_fit_stored').hidden = true;
    input.dispatchEvent(new Event('change', {bubbles: true}));
    window.bootstrap.Modal.getOrCreateInstance(dialog).hide();
  }

  function clearFitMissing() {
    const message = byId('co2_fit_missing');
    if (message) {
      message.remove();
    }
    const opener = byId('co2_fitting_open');
    if (opener && opener.hasAttribute('aria-describedby')) {
      const rest = opener.getAttribute('aria-describedby').replace('co2_fit_missing', '').trim();
      if (rest === '') {
        opener.removeAttribute('aria-describedby');
      } else {
        opener.setAttribute('aria-describedby', rest);
      }
    }
  }

  /**
   * A form whose ventilation is "from fitting" is not submitted without a fit: the message goes next to the button
   * that opens the dialog (webapp.md §2.4 rule 10, where upstream silently switched to no ventilation).
   */
  function guardSubmit(event) {
    const ventilation = form().querySelector('input[name="ventilation_type"]:checked');
    clearFitMissing();
    if (!ventilation || ventilation.value !== 'from_fitting' || storedResult() !== null) {
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    const opener = byId('co2_fitting_open');
    const error = document.createElement('p');
    error.id = 'co2_fit_missing';
    error.className = 'text-danger small mt-1';
    error.setAttribute('role', 'alert');
    error.textContent = msg('fitMissing');
    if (opener) {
      opener.insertAdjacentElement('afterend', error);
      const described = (opener.getAttribute('aria-describedby') || '').trim();
      opener.setAttribute('aria-describedby', (described + ' co2_fit_missing').trim());
      opener.focus();
    } else {
      form().prepend(error);
    }
  }

  /** Opens the dialog; focus goes back to the trigger when it closes. */
  function open(trigger) {
    state.trigger = trigger || document.activeElement;
    const stored = storedResult();
    if (state.fit === null && stored !== null) {
      showResult(stored);
    }
    byId('co2_fit_stored').hidden = stored === null;
    window.bootstrap.Modal.getOrCreateInstance(dialog).show();
  }

  dialog.addEventListener('shown.bs.modal', () => {
    ns.plot.resize();
    (state.data === null ? byId('co2_file') : byId('fitting_ventilation_states')).focus();
  });
  dialog.addEventListener('hidden.bs.modal', () => {
    if (state.trigger && document.contains(state.trigger)) {
      state.trigger.focus();
    }
  });
  byId('co2_upload').addEventListener('click', upload);
  byId('co2_fit').addEventListener('click', fit);
  byId('co2_use').addEventListener('click', use);
  byId('co2_discard').addEventListener('click', discard);
  byId('fitting_ventilation_states').addEventListener('keydown', e => {
    if (e.key === 'Enter') {
      e.preventDefault();
      fit();
    }
  });
  document.addEventListener('click', e => {
    const button = e.target.closest('#co2_fitting_open');
    if (button) {
      e.preventDefault();
      open(button);
    }
  });
  if (form()) {
    form().addEventListener('submit', guardSubmit);
  }
  if (resultInput()) {
    resultInput().addEventListener('change', renderStoredSummary);
    renderStoredSummary();
  }

  ns.open = open;
})(window.caimiraCo2 = window.caimiraCo2 || {});
