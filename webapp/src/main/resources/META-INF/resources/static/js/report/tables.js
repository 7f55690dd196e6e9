/* Data tables of the plots (inside <details>), for screen readers and for reading exact values. */
(function (R) {
  'use strict';

  const LANG = document.documentElement.lang || 'en';
  const FORMATS = {};

  /** A number with {digits} significant digits (4 by default) in the page's language ("0,0123" in French). */
  function fixed(v, digits) {
    if (v == null || !Number.isFinite(Number(v))) {
      return '–';
    }
    const d = digits || 4;
    const f = FORMATS[d] || (FORMATS[d] = new Intl.NumberFormat(LANG, { maximumSignificantDigits: d, useGrouping: false }));
    return f.format(Number(v));
  }

  function table(head, rows) {
    const t = document.createElement('table');
    t.className = 'table table-sm table-striped mb-0';
    const thead = t.createTHead().insertRow();
    head.forEach(h => {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = h;
      thead.appendChild(th);
    });
    const body = t.createTBody();
    rows.forEach(r => {
      const tr = body.insertRow();
      r.forEach(cell => { tr.insertCell().textContent = cell; });
    });
    return t;
  }

  /** A server histogram {edges, counts} as rows: bin from, bin to, number of samples. */
  function counts(h, head) {
    return h ? table(head, h.counts.map((c, i) => [fixed(h.edges[i]), fixed(h.edges[i + 1]), String(c)])) : null;
  }

  function build(kind, group, data, labels) {
    const times = data.times;
    switch (kind) {
      case 'concentration': {
        const head = [labels.colTime, labels.colConcentration, labels.colDose];
        if (group.longRangeDoses) {
          head.push(labels.colLongRangeDose);
        }
        return table(head, times.map((t, i) => {
          const row = [R.hhmm(t), fixed(group.concentrations[i]), fixed(group.doses[i])];
          if (group.longRangeDoses) {
            row.push(fixed(group.longRangeDoses[i]));
          }
          return row;
        }));
      }
      case 'histogram': {
        const h = group.histogram;
        return table([labels.colBinFrom, labels.colBinTo, labels.density],
          h.counts.map((c, i) => [fixed(h.bins[i]), fixed(h.bins[i + 1]), fixed(c)]));
      }
      case 'conditional': {
        const c = group.conditional;
        return table([labels.viralLoad, labels.colLower, labels.colMean, labels.colUpper],
          c.viralLoads.map((v, i) => [fixed(v, 3), fixed(c.lower[i]), fixed(c.means[i]), fixed(c.upper[i])]));
      }
      case 'probability-distribution':
        return counts(group.conditional.probabilityHistogram, [labels.colPiFrom, labels.colPiTo, labels.colSamples]);
      case 'viral-load':
        return counts(group.conditional.viralLoadHistogram,
          [labels.colViralLoadFrom, labels.colViralLoadTo, labels.colSamples]);
      case 'co2':
        return table([labels.colTime, labels.colCo2], times.map((t, i) => [R.hhmm(t), fixed(data.co2[i])]));
      case 'co2-measured': {
        const m = data.co2Measured;
        if (!m) {
          return null;
        }
        return table([labels.colTime, labels.co2Measured + ' (ppm)', labels.co2Fitted + ' (ppm)'],
          m.times.map((t, i) => [R.hhmm(t), fixed(m.values[i]), fixed(data.co2Fitted.values[i])]));
      }
      case 'alternatives':
        return table([labels.colTime].concat(data.alternatives.map(s => s.name)),
          times.map((t, i) => [R.hhmm(t)].concat(data.alternatives.map(s => fixed(s.concentrations[i])))));
      default:
        return null;
    }
  }

  /** Fills every data table of the page. */
  R.buildTables = function (data, labels) {
    document.querySelectorAll('details.data-table').forEach(details => {
      const group = data.groups.find(g => g.key === details.dataset.group);
      const t = build(details.dataset.table, group, data, labels);
      if (t) {
        details.querySelector('.table-responsive').appendChild(t);
        details.hidden = false;
      }
    });
  };
})(window.CaimiraReport = window.CaimiraReport || {});
