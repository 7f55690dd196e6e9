// Times of day for the CO₂ dialog: decimal hours <-> "HH:MM", and the list of transition times typed by the user.
(function (ns) {
  'use strict';

  /** "HH:MM" of decimal hours, to the nearest minute. */
  function hhmm(hours) {
    const minutes = Math.round(hours * 60);
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return String(h).padStart(2, '0') + ':' + String(m).padStart(2, '0');
  }

  /** Decimal hours of "HH:MM" or of a decimal number; null when the text is neither. */
  function hours(text) {
    const t = text.trim();
    const clock = /^(\d{1,2})[:h](\d{2})$/.exec(t);
    if (clock) {
      const h = Number(clock[1]);
      const m = Number(clock[2]);
      return h <= 24 && m < 60 ? h + m / 60 : null;
    }
    if (/^\d+(\.\d+)?$/.test(t)) {
      const value = Number(t);
      return value <= 24 ? value : null;
    }
    return null;
  }

  /**
   * The transition times of a text such as "08:30, 10:10, 12.5" (a JSON-like "[8.5, 10]" too): {values} or
   * {error: key, value}. At least two increasing times are needed.
   */
  function parseList(text) {
    const parts = text.replace(/^\s*\[|\]\s*$/g, '').split(/[,;\s]+/).filter(p => p !== '');
    const values = [];
    for (const part of parts) {
      const value = hours(part);
      if (value === null) {
        return {error: 'timesBad', value: part};
      }
      if (values.length > 0 && !(value > values[values.length - 1])) {
        return {error: 'timesOrder'};
      }
      values.push(value);
    }
    if (values.length < 2) {
      return {error: 'timesTooFew'};
    }
    return {values};
  }

  ns.times = {hhmm, hours, parseList};
})(window.caimiraCo2 = window.caimiraCo2 || {});
