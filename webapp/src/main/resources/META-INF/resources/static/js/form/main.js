'use strict';
/* Starts the form: panels, editors, location search, prefill, the server's error next to its field, and the
   submission with its progress message. */
(function (F) {
  function describe(target, box) {
    const ids = (target.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
    if (!ids.includes(box.id)) { ids.push(box.id); target.setAttribute('aria-describedby', ids.join(' ')); }
  }

  /* Shows a message next to a field (by name) and moves the focus there. */
  F.showFieldError = function (name, message) {
    const item = F.form().elements.namedItem(name);
    const el = item instanceof RadioNodeList ? item[0] : item;
    const target = F.focusTarget(name);
    if (el) { F.setError(el, message); }
    if (target) {
      if (el && target !== el) { describe(target, F.errorBox(el)); target.setAttribute('aria-invalid', 'true'); }
      const panel = target.closest('[hidden]');
      if (panel) { panel.hidden = false; }
      target.focus();
    }
  };

  function showErrors(errors) {
    errors.forEach((e) => F.setError(e.el, e.message));
    F.byId('form-summary').textContent = F.texts().summary + ' ' + errors.map((e) => e.message).join(' ');
    errors[0].el.focus();
  }

  function busy(on) {
    const button = F.byId('generate_report'), progress = F.byId('form-progress');
    button.disabled = on;
    progress.innerHTML = '';
    if (on) {
      const spinner = document.createElement('span');
      spinner.className = 'spinner-border spinner-border-sm';
      spinner.setAttribute('aria-hidden', 'true');
      const text = document.createElement('span');
      text.textContent = F.texts().computing;
      progress.append(spinner, text);
    }
  }

  function init() {
    F.initFields();
    F.initGroups();
    F.initShortRange();
    F.initLocation();
    F.prefill();
    F.checkWeatherSource();
    if (['outside_temp_min', 'outside_temp_max', 'outside_temp_hourly'].some((id) => F.byId(id).value !== '')) {
      F.byId('outside_temps').open = true;
    }
    const error = F.byId('form-error');
    if (error && error.dataset.field) {
      F.showFieldError(error.dataset.field, F.byId('form-error-message').textContent);
    } else if (error) {
      error.tabIndex = -1;
      error.focus();
    }
    F.form().addEventListener('submit', (event) => {
      F.clearAllErrors();
      F.byId('form-summary').textContent = '';
      const errors = F.validate();
      if (errors.length > 0) {
        event.preventDefault();
        showErrors(errors);
        return;
      }
      F.prepareSubmission();
      busy(true);
    });
    window.addEventListener('pageshow', () => busy(false));
    /* live checks of the occupants and of the positive values, as they change */
    F.form().addEventListener('change', (event) => {
      const el = event.target;
      const watched = ['total_people', 'infected_people', 'activity_type'].includes(el.id) || el.classList.contains('non_zero');
      if (!watched) { return; }
      const targets = [el, F.byId('infected_people')];
      targets.forEach(F.clearError);
      F.validate().filter((e) => targets.includes(e.el) && e.message !== F.texts().required)
        .forEach((e) => F.setError(e.el, e.message));
    });
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
})(window.CaimiraForm);
