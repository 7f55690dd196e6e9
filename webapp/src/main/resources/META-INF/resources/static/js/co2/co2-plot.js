// The CO₂ plot of the dialog (ECharts): the sensor data, the predictive CO₂ of a fit, the ventilation transition
// times and the occupancy changes; and the same data as text and a table for readers who cannot see the plot.
(function (ns) {
  'use strict';

  /** Whole ppm in the page's language ("1 106" in French). */
  const PPM = new Intl.NumberFormat(document.documentElement.lang || 'en', {maximumFractionDigits: 0});

  let chart = null;

  function vertical(times, name, type, color) {
    return {
      name,
      type: 'line',
      data: [],
      color,
      lineStyle: {type},
      markLine: {
        symbol: 'none',
        silent: true,
        lineStyle: {type, color, width: 1.5},
        label: {formatter: p => ns.times.hhmm(p.value), position: 'end'},
        data: times.map(t => ({xAxis: t}))
      }
    };
  }

  /**
   * Draws the plot. data: {times, CO2}; predictive: ppm per time or null; transitions and occupancy: hours.
   */
  function draw(element, text, data, predictive, transitions, occupancy) {
    if (!window.echarts) {
      return;
    }
    if (chart === null || chart.getDom() !== element) {
      chart = window.echarts.init(element, null, {renderer: 'svg'});
      window.addEventListener('resize', () => chart && chart.resize());
    }
    const series = [{
      name: text.seriesData, type: 'line', showSymbol: false, sampling: 'lttb', color: '#1f5fa8',
      lineStyle: {width: 2},
      data: data.times.map((t, i) => [t, data.CO2[i]])
    }];
    if (predictive) {
      series.push({
        name: text.seriesPredictive, type: 'line', showSymbol: false, sampling: 'lttb', color: '#e07b00',
        lineStyle: {width: 2, type: [8, 4]}, data: data.times.map((t, i) => [t, predictive[i]])
      });
    }
    series.push(vertical(transitions, text.seriesTransitions, 'dashed', '#c0392b'));
    series.push(vertical(occupancy, text.seriesOccupancy, 'dotted', '#555555'));
    const first = data.times[0];
    const last = data.times[data.times.length - 1];
    chart.setOption(window.CaimiraCharts.readable({
      animation: false,
      aria: {enabled: true},
      tooltip: {trigger: 'axis', valueFormatter: v => (typeof v === 'number' ? PPM.format(v) + ' ppm' : v)},
      legend: {top: 0},
      grid: {left: 60, right: 30, top: 50, bottom: 50},
      xAxis: {
        type: 'value', min: first, max: last, name: text.axisTime, nameLocation: 'middle', nameGap: 30,
        axisLabel: {formatter: v => ns.times.hhmm(v)}
      },
      yAxis: {type: 'value', name: text.axisPpm, nameLocation: 'middle', nameGap: 45, scale: true},
      series
    }), true);
  }

  /** Rows of the data table at most; longer series show every n-th sample (said above the table). */
  const MAX_ROWS = 1000;

  /** The plotted data as text lines and table rows. */
  function table(lines, rows, text, data, predictive, transitions, occupancy) {
    lines.replaceChildren();
    const step = Math.ceil(data.times.length / MAX_ROWS);
    for (const [label, times] of [[text.seriesTransitions, transitions], [text.seriesOccupancy, occupancy]]) {
      const p = document.createElement('p');
      p.className = 'mb-1';
      p.textContent = label + ': ' + (times.length ? times.map(ns.times.hhmm).join(', ') : '–');
      lines.appendChild(p);
    }
    if (step > 1) {
      const p = document.createElement('p');
      p.className = 'mb-1';
      p.textContent = text.tableStep.replace('@step', String(step));
      lines.appendChild(p);
    }
    const body = document.createDocumentFragment();
    data.times.forEach((t, i) => {
      if (i % step !== 0 && i !== data.times.length - 1) {
        return;
      }
      const tr = document.createElement('tr');
      for (const value of [ns.times.hhmm(t), PPM.format(data.CO2[i]),
        predictive ? PPM.format(predictive[i]) : '–']) {
        const td = document.createElement('td');
        td.textContent = value;
        tr.appendChild(td);
      }
      body.appendChild(tr);
    });
    rows.replaceChildren(body);
  }

  function resize() {
    if (chart) {
      chart.resize();
    }
  }

  ns.plot = {draw, table, resize};
})(window.caimiraCo2 = window.caimiraCo2 || {});
