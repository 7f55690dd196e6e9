'use strict';
/* The form's rules before submitting (webapp.md §2.4); the server checks the same rules with the same messages. */
window.CaimiraForm = window.CaimiraForm || {};
(function (F) {
  const val = (id) => F.byId(id).value.trim();
  const num = (id) => Number(val(id));

  F.validateOccupants = function () {
    const el = F.byId('short_range_occupants');
    F.clearError(el);
    let exposed;
    if (F.groupsOn()) {
      const g = F.readGroups().value || {};
      exposed = Math.max(0, ...Object.values(g).map((x) => x.total_people - x.infected));
    } else {
      exposed = num('total_people') - (val('infected_people') === '' ? 1 : num('infected_people'));
    }
    if (val('short_range_occupants') !== '' && num('short_range_occupants') > exposed) {
      F.setError(el, F.texts().sr_people);
      return el;
    }
    return null;
  };

  /* Checks the whole form; returns [{el, message}] (empty when valid). */
  F.validate = function () {
    const t = F.texts(), errors = [];
    const fail = (el, message) => { if (!errors.some((e) => e.el === el)) { errors.push({ el: el, message: message }); } };
    const form = F.form();
    form.querySelectorAll('input, select').forEach((el) => {
      if (el.type === 'hidden' || el.disabled || !F.visible(el)) { return; }
      if (el.type === 'radio') {
        if (el.required && !form.querySelector('input[name="' + el.name + '"]:checked')) { fail(el, t.required); }
        return;
      }
      if (el.required && el.value.trim() === '') { fail(el, t.required); return; }
      if (el.classList.contains('non_zero') && el.required && el.value.trim() !== '' && !(Number(el.value) > 0)) {
        fail(el, t.positive);
      }
    });
    ['location_name', 'location_latitude', 'location_longitude'].forEach((id) => { if (val(id) === '') { fail(F.byId(id), t.location); } });

    const specific = F.byId('specific_use').checked, split = F.byId('infected_dont_have_breaks_with_exposed').checked;
    const populations = split && !specific ? ['exposed', 'infected'] : ['exposed'];
    ['exposed', 'infected'].forEach((p) => {
      const s = F.minutes(val(p + '_start')), f = F.minutes(val(p + '_finish'));
      if (s !== null && f !== null && f <= s) { fail(F.byId(p + '_finish'), t.finish); }
    });
    if (!specific) {
      populations.forEach((p) => {
        const s = F.minutes(val(p + '_start')), f = F.minutes(val(p + '_finish'));
        let lunch = 0;
        if (F.checkedValue(p + '_lunch_option') === '1') {
          const ls = F.minutes(val(p + '_lunch_start')), lf = F.minutes(val(p + '_lunch_finish'));
          if (ls !== null && lf !== null) {
            if (lf <= ls) { fail(F.byId(p + '_lunch_finish'), t.finish); return; }
            if (s !== null && f !== null && (ls < s || lf > f)) { fail(F.byId(p + '_lunch_start'), t.lunch); return; }
            lunch = lf - ls;
          }
        }
        const option = F.checkedValue(p + '_coffee_break_option') || 'coffee_break_0';
        const coffee = Number(option.slice(-1)) * num(p + '_coffee_duration');
        if (s !== null && f !== null && f > s && lunch + coffee >= f - s) {
          fail(F.byId(p + '_coffee_break_0'), t['breaks_' + p]);
        }
      });
    }

    if (!F.groupsOn()) {
      if (F.checkedValue('exposure_option') === 'p_probabilistic_exposure') {
        if (val('geographic_cases') !== '' && num('geographic_cases') > num('geographic_population')) {
          fail(F.byId('geographic_cases'), t.cases);
        }
      } else {
        const infected = val('infected_people') === '' ? 1 : num('infected_people');
        if (!F.byId('precise_use').checked && F.byId('activity_type').value === 'training' && infected > 1) {
          fail(F.byId('infected_people'), t.training);
        } else if (val('total_people') !== '' && infected >= num('total_people')) {
          fail(F.byId('infected_people'), t.infected);
        }
      }
    }
    if (F.checkedValue('ventilation_type') === 'natural_ventilation'
        && F.checkedValue('window_opening_regime') === 'windows_open_periodically'
        && num('windows_duration') >= num('windows_frequency')) {
      fail(F.byId('windows_duration'), t.duration);
    }
    const editors = [
      ['groups_use', F.readGroups, 'occupancy'],
      ['specific_use', F.readSpecificBreaks, 'specific_breaks'],
      ['precise_use', F.readPrecise, 'precise_activity']];
    editors.forEach(([toggle, read, field]) => {
      if (!F.byId(toggle).checked) { return; }
      const r = read();
      if (r.error) { fail(r.focus, r.error); F.byId(field + '-error').textContent = r.error; }
    });
    if (F.checkedValue('short_range_option') === 'short_range_yes') {
      const bad = F.validateInteractions() || F.validateOccupants();
      if (bad) { fail(F.byId('sr_open'), bad.closest('tr') ? F.byId(bad.getAttribute('aria-describedby')).textContent : F.texts().sr_people); }
    }
    return errors;
  };

  /* Writes the JSON fields and applies the silent switches of upstream (no interaction → no short range, no
     fitting result → no ventilation). */
  F.prepareSubmission = function () {
    const groups = F.groupsOn() ? F.readGroups().value : {};
    F.byId('occupancy').value = JSON.stringify(groups);
    if (F.groupsOn()) {
      const ids = Object.keys(groups);
      F.byId('total_people').value = ids.reduce((a, id) => a + groups[id].total_people, 0);
    }
    F.byId('specific_breaks').value = JSON.stringify(F.byId('specific_use').checked ? F.readSpecificBreaks().value : {});
    F.byId('precise_activity').value = JSON.stringify(F.byId('precise_use').checked ? F.readPrecise().value : {});
    const interactions = F.readInteractions();
    if (Object.keys(interactions).length === 0 && F.checkedValue('short_range_option') === 'short_range_yes') {
      F.byId('short_range_no').checked = true;
    }
    F.byId('short_range_interactions').value =
      F.checkedValue('short_range_option') === 'short_range_yes' ? JSON.stringify(interactions) : '{}';
    F.byId('outside_temp_hourly').value = F.hourlyTemperaturesJson(F.byId('outside_temp_hourly').value);
    if (F.checkedValue('ventilation_type') === 'from_fitting' && val('CO2_fitting_result') === '') {
      F.byId('no_ventilation').checked = true;
    }
  };
})(window.CaimiraForm);
