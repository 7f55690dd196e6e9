'use strict';
/* Times and lists of time intervals: "HH:MM" ⇄ minutes, "09:00-12:00, 13:00-17:30" ⇄ [{start_time, finish_time}]. */
window.CaimiraForm = window.CaimiraForm || {};
(function (F) {
  const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
  F.minutes = function (text) {
    const m = TIME.exec((text || '').trim());
    return m ? Number(m[1]) * 60 + Number(m[2]) : null;
  };
  F.hhmm = function (minutes) {
    const h = Math.floor(minutes / 60), m = minutes % 60;
    return String(h).padStart(2, '0') + ':' + String(m).padStart(2, '0');
  };
  /* The intervals of a text, or null when the text is not a list of increasing intervals. "" → []. */
  F.parseIntervals = function (text) {
    const parts = (text || '').split(',').map((p) => p.trim()).filter(Boolean);
    const out = [];
    for (const part of parts) {
      const ends = part.split(/\s*[-–]\s*/);
      if (ends.length !== 2) { return null; }
      const s = F.minutes(ends[0]), f = F.minutes(ends[1]);
      if (s === null || f === null || f <= s) { return null; }
      out.push({ start_time: ends[0].trim(), finish_time: ends[1].trim() });
    }
    return out;
  };
  F.formatIntervals = function (list) {
    return (Array.isArray(list) ? list : []).map((i) => i.start_time + '-' + i.finish_time).join(', ');
  };
  /* A JSON field's value as an object ({} when empty or malformed). */
  F.parseJson = function (text) {
    if (!text) { return {}; }
    try { const v = JSON.parse(text); return v && typeof v === 'object' ? v : {}; } catch (e) { return {}; }
  };
})(window.CaimiraForm);
