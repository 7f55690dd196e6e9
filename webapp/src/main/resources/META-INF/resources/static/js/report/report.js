/* The report page: plots, their toggles and resizing, tabs, print, PDF, copy link. */
(function (R) {
  'use strict';

  R.charts = {};

  function labelsOf(element) {
    const d = element.dataset;
    return {
      time: d.time, concentration: d.concentration, dose: d.dose, longRangeDose: d.longRangeDose,
      presence: d.presence, shortRange: d.shortRange, probability: d.probability, density: d.density, cdf: d.cdf,
      mean: d.mean, viralLoad: d.viralLoad, pi: d.pi, band: d.band, co2: d.co2, co2Axis: d.co2Axis,
      co2Measured: d.co2Measured, co2Fitted: d.co2Fitted,
      acceptable: d.acceptable, insufficient: d.insufficient, colTime: d.colTime,
      colConcentration: d.colConcentration, colDose: d.colDose, colLongRangeDose: d.colLongRangeDose,
      colBinFrom: d.colBinFrom, colBinTo: d.colBinTo, colLower: d.colLower, colMean: d.colMean,
      colUpper: d.colUpper, colCo2: d.colCo2, colPiFrom: d.colPiFrom, colPiTo: d.colPiTo, colSamples: d.colSamples,
      colViralLoadFrom: d.colViralLoadFrom, colViralLoadTo: d.colViralLoadTo, copied: d.copied, copyManually: d.copyManually,
      expirations: { Breathing: d.expBreathing, Speaking: d.expSpeaking, Shouting: d.expShouting }
    };
  }

  function resizeAll() {
    Object.values(R.charts).forEach(chart => chart.resize());
  }

  function init() {
    const data = JSON.parse(document.getElementById('report-data').textContent);
    const labels = labelsOf(document.getElementById('report-labels'));
    R.data = data;
    const state = {};
    const groupOf = key => data.groups.find(g => g.key === key);
    // the concentration plot of a group, for the width of its element (the y-axis names go on a phone)
    const concentration = (key, el) => CaimiraCharts.readable(CaimiraCharts.fit(
      R.concentrationOption(data, groupOf(key), labels, state[key]), el.clientWidth));

    document.querySelectorAll('.report-plot').forEach(el => {
      const chart = echarts.init(el, null, { renderer: 'canvas' });
      R.charts[el.id] = chart;
      const group = groupOf(el.dataset.group);
      switch (el.dataset.plot) {
        case 'concentration':
          state[group.key] = { zoomed: false, longRange: false };
          chart.setOption(concentration(group.key, el));
          break;
        case 'histogram':
          chart.setOption(CaimiraCharts.readable(R.histogramOption(group, labels)));
          break;
        case 'conditional':
          chart.setOption(CaimiraCharts.readable(R.conditionalOption(group, labels, el.dataset.distributionLabel)));
          break;
        case 'viral-load':
          chart.setOption(CaimiraCharts.readable(R.viralLoadOption(group, labels)));
          break;
        case 'alternatives':
          chart.setOption(CaimiraCharts.readable(R.alternativesOption(data, labels)));
          break;
        case 'co2':
          chart.setOption(CaimiraCharts.readable(R.co2Option(data, labels)));
          break;
        default:
          break;
      }
      if (window.ResizeObserver) {
        new ResizeObserver(() => chart.resize()).observe(el);
      }
    });

    const redraw = key => R.charts['plot-concentration-' + key]
      .setOption(concentration(key, document.getElementById('plot-concentration-' + key)), { notMerge: true });
    document.querySelectorAll('.zoom-toggle').forEach(button => {
      button.addEventListener('click', () => {
        const s = state[button.dataset.group];
        s.zoomed = !s.zoomed;
        button.setAttribute('aria-pressed', String(s.zoomed));
        button.textContent = s.zoomed ? button.dataset.labelFull : button.dataset.labelZoom;
        redraw(button.dataset.group);
      });
    });
    document.querySelectorAll('.long-range-toggle').forEach(box => {
      box.addEventListener('change', () => {
        state[box.dataset.group].longRange = box.checked;
        redraw(box.dataset.group);
      });
    });

    window.addEventListener('resize', resizeAll);
    window.addEventListener('beforeprint', resizeAll);
    window.addEventListener('afterprint', resizeAll);
    document.querySelectorAll('.report-tabs [data-bs-toggle="tab"]').forEach(tab => {
      tab.addEventListener('shown.bs.tab', resizeAll);
    });

    R.buildTables(data, labels);
    R.bindExport(data);

    document.getElementById('print-button').addEventListener('click', () => window.print());
    const copy = document.getElementById('copy-link');
    copy.addEventListener('click', () => copyLink(copy.dataset.link, labels));
    keepInputsInLanguageLinks();
    document.body.dataset.reportReady = 'true';
  }

  /** The language switch reopens this report (its compressed inputs kept) in the other language. */
  function keepInputsInLanguageLinks() {
    document.querySelectorAll('a[hreflang]').forEach(a => {
      const url = new URL(window.location.href);
      url.searchParams.set('lang', a.getAttribute('hreflang'));
      a.href = url.pathname + url.search;
    });
  }

  /**
   * Copies the link with the Clipboard API, else with the older copy command; when neither works (no permission,
   * an old or locked-down browser), shows the link selected in a read-only field for the user to copy.
   */
  function copyLink(link, labels) {
    const status = document.getElementById('copy-status');
    const manual = document.getElementById('copy-manual');
    const field = document.getElementById('copy-field');
    const copied = () => {
      manual.hidden = true;
      status.textContent = labels.copied;
    };
    const byHand = () => {
      manual.hidden = false;
      field.value = link;
      field.focus();
      field.select();
      status.textContent = labels.copyManually;
    };
    const older = () => (commandCopy(link) ? copied() : byHand());
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(link).then(copied, older);
    } else {
      older();
    }
  }

  /** The copy command on a hidden text area; true when the browser says it copied. */
  function commandCopy(text) {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.appendChild(area);
    area.select();
    let done = false;
    try {
      done = document.execCommand('copy');
    } catch (e) {
      done = false;
    }
    document.body.removeChild(area);
    return done;
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})(window.CaimiraReport = window.CaimiraReport || {});
