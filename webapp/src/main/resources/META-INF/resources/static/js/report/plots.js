/* ECharts options of the report's plots, built from the embedded series (see ReportSeries.java). */
(function (R) {
  'use strict';

  const BLUE = '#1f77b4';
  const PURPLE = '#7b3fa0';
  const AREA = {
    Breathing: 'rgba(214, 39, 40, 0.2)',
    Speaking: 'rgba(44, 160, 44, 0.15)',
    other: 'rgba(31, 119, 180, 0.15)'
  };
  const PRESENCE = 'rgba(31, 119, 180, 0.1)';

  /** Decimal hours as HH:MM. */
  R.hhmm = function (hours) {
    const total = Math.round(hours * 60);
    return String(Math.floor(total / 60)).padStart(2, '0') + ':' + String(total % 60).padStart(2, '0');
  };

  function pairs(xs, ys) {
    return xs.map((x, i) => [x, ys[i]]);
  }

  function maxOf(values) {
    return values.reduce((m, v) => (v != null && v > m ? v : m), 0);
  }

  const LANG = document.documentElement.lang || 'en';
  /** Tooltip values: 4 significant digits in the page's language. */
  const TOOLTIP_NUMBER = new Intl.NumberFormat(LANG, { maximumSignificantDigits: 4 });

  /** An axis value in the page's language, with at most 3 significant digits. */
  function axisNumber(v) {
    return Number(v).toLocaleString(LANG, { maximumSignificantDigits: 3 });
  }

  function number(v) {
    return v == null ? '–' : TOOLTIP_NUMBER.format(Number(v));
  }

  function timeAxis(labels, times) {
    return {
      type: 'value', name: labels.time, nameLocation: 'middle', nameGap: 28,
      min: times[0], max: times[times.length - 1],
      axisLabel: { formatter: R.hhmm, hideOverlap: true }
    };
  }

  /** A legend entry that only shades intervals of the x axis. */
  function shading(name, color, intervals) {
    return {
      name: name, type: 'line', data: [], legendIcon: 'rect', symbol: 'rect', lineStyle: { width: 0 },
      itemStyle: { color: color, borderColor: 'rgba(0, 0, 0, 0.35)', borderWidth: 1 },
      markArea: { silent: true, itemStyle: { color: color }, data: intervals.map(iv => [{ xAxis: iv[0] }, { xAxis: iv[1] }]) }
    };
  }

  function base(labels) {
    return {
      animation: false,
      textStyle: { fontFamily: 'inherit' },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'line' },
        formatter: params => {
          const list = Array.isArray(params) ? params : [params];
          const head = list.length && list[0].value ? R.hhmm(list[0].value[0]) : '';
          return [head].concat(list.filter(p => p.value && p.value[1] != null)
            .map(p => p.marker + p.seriesName + ': ' + number(p.value[1]))).join('<br>');
        }
      },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 16, right: 16, top: 40, bottom: 70, containLabel: true }
    };
  }

  /**
   * Concentration and cumulative dose of one group. state.zoomed: y axis limited to the concentration without the
   * short-range peaks (only when the report has that series); state.longRange: add the long-range dose.
   */
  R.concentrationOption = function (data, group, labels, state) {
    const times = data.times;
    const series = [
      { name: labels.concentration, type: 'line', showSymbol: false, yAxisIndex: 0,
        data: pairs(times, group.concentrations), itemStyle: { color: BLUE }, lineStyle: { color: BLUE, width: 2 } },
      { name: labels.dose, type: 'line', showSymbol: false, yAxisIndex: 1,
        data: pairs(times, group.doses), itemStyle: { color: BLUE }, lineStyle: { color: BLUE, type: 'dashed' } },
      shading(labels.presence, PRESENCE, group.presence)
    ];
    if (state.longRange && group.longRangeDoses) {
      series.push({ name: labels.longRangeDose, type: 'line', showSymbol: false, yAxisIndex: 1,
        data: pairs(times, group.longRangeDoses), itemStyle: { color: PURPLE },
        lineStyle: { color: PURPLE, type: 'dashed' } });
    }
    // one legend entry per expiration type, every interval of that type shaded
    group.shortRange.forEach(sr => {
      const name = labels.shortRange + ' – ' + (labels.expirations[sr.expiration] || sr.expiration);
      series.push(shading(name, AREA[sr.expiration] || AREA.other, sr.intervals));
    });
    let yMax = null;
    if (state.zoomed && group.zoomed && group.zoomed.length) {
      const m = maxOf(group.zoomed);
      if (m > 0) {
        yMax = m * 1.1;
      }
    }
    const option = base(labels);
    option.xAxis = timeAxis(labels, times);
    option.yAxis = [
      { type: 'value', name: labels.concentration, min: 0, max: yMax, nameTextStyle: { align: 'left' },
        axisLabel: { formatter: axisNumber } },
      { type: 'value', name: labels.dose, min: 0, splitLine: { show: false }, nameTextStyle: { align: 'right' },
        axisLabel: { formatter: axisNumber } }
    ];
    option.series = series;
    return option;
  };

  /**
   * Draws a histogram bar from data [from, to, height]: upright bars stand on the x axis between from and to;
   * sideways bars start at the y axis between from and to.
   */
  function barRenderer(sideways) {
    return (params, api) => {
      const a = sideways ? api.coord([0, api.value(1)]) : api.coord([api.value(0), api.value(2)]);
      const b = sideways ? api.coord([api.value(2), api.value(0)]) : api.coord([api.value(1), 0]);
      return { type: 'rect', style: api.style(), shape: { x: a[0], y: a[1],
        width: Math.max(1, b[0] - a[0]), height: Math.max(sideways ? 1 : 0, b[1] - a[1]) } };
    };
  }

  /** Bars [from, to, count] of a server histogram {edges, counts}. */
  function binned(h) {
    return h.counts.map((c, i) => [h.edges[i], h.edges[i + 1], c]);
  }

  /** The smallest of 1, 2, 5 or 10 times a power of ten that is at least v (v > 0). */
  function niceCeil(v) {
    const p = Math.pow(10, Math.floor(Math.log10(v)));
    return [1, 2, 5, 10].map(m => m * p).find(n => n >= v * (1 - 1e-12));
  }

  /** log10 of a viral load as a power of ten, e.g. 4 → 10⁴. */
  function powerOfTen(v) {
    const sup = '⁰¹²³⁴⁵⁶⁷⁸⁹';
    return Number.isInteger(v) ? '10' + String(v).split('').map(d => sup[Number(d)]).join('') : '';
  }

  // the conditional-probability plot and the viral-load histogram share their x axis: same margins
  const VIRAL_LOAD_GRID = { left: 64, right: 150 };

  /** The P(I) histogram (density), its cumulative distribution and the mean, from the server's bins only. */
  R.histogramOption = function (group, labels) {
    const counts = group.histogram.counts;
    const bins = group.histogram.bins;
    const bars = counts.map((c, i) => [bins[i], bins[i + 1], c]);
    let cumulative = 0;
    const cdf = [[bins[0], 0]].concat(counts.map((c, i) => {
      cumulative += (c || 0) * (bins[i + 1] - bins[i]);
      return [bins[i + 1], Math.min(1, cumulative)];
    }));
    const option = base(labels);
    option.tooltip = { trigger: 'item', formatter: p => p.seriesIndex === 0
      ? number(p.value[0]) + '–' + number(p.value[1]) + ': ' + number(p.value[2])
      : p.seriesName + ': ' + number(p.value[1]) };
    option.xAxis = { type: 'value', name: labels.probability, nameLocation: 'middle', nameGap: 28,
      min: 0, max: bins[bins.length - 1], axisLabel: { formatter: axisNumber } };
    option.yAxis = [
      { type: 'value', name: labels.density, min: 0, nameTextStyle: { align: 'left' }, axisLabel: { formatter: axisNumber } },
      { type: 'value', name: labels.cdf, min: 0, max: 1, splitLine: { show: false }, nameTextStyle: { align: 'right' },
        axisLabel: { formatter: axisNumber } }
    ];
    option.series = [
      { name: labels.density, type: 'custom', yAxisIndex: 0, itemStyle: { color: BLUE, opacity: 0.75 },
        encode: { x: [0, 1], y: 2 }, data: bars, renderItem: barRenderer(false),
        markLine: { silent: true, symbol: 'none', lineStyle: { color: '#555', type: 'dashed' },
          label: { formatter: labels.mean }, data: [{ xAxis: group.mean, name: labels.mean }] } },
      { name: labels.cdf, type: 'line', yAxisIndex: 1, showSymbol: false, data: cdf,
        itemStyle: { color: '#6baed6' }, lineStyle: { color: '#6baed6', width: 2 } },
      { name: labels.mean, type: 'line', data: [], itemStyle: { color: '#555' }, lineStyle: { type: 'dashed', color: '#555' } }
    ];
    return option;
  };

  /** Runs of consecutive indices where both bounds are known, as polygons (upper forwards, lower backwards). */
  function bandPolygons(xs, lower, upper) {
    const runs = [];
    let run = [];
    xs.forEach((x, i) => {
      if (lower[i] == null || upper[i] == null) {
        if (run.length) {
          runs.push(run);
        }
        run = [];
      } else {
        run.push(i);
      }
    });
    if (run.length) {
      runs.push(run);
    }
    return runs.map(r => r.map(i => [xs[i], upper[i]]).concat(r.slice().reverse().map(i => [xs[i], lower[i]])));
  }

  /**
   * Upstream's uncertainty figure, panels (i) and (iii): the mean P(I) by viral load with the 5th–95th percentile
   * band and, on its right on the same P(I) axis, the distribution of P(I) over the samples (sideways bars; when
   * the server sent it), labelled distributionLabel.
   */
  R.conditionalOption = function (group, labels, distributionLabel) {
    const c = group.conditional;
    const polygons = bandPolygons(c.viralLoads, c.lower, c.upper);
    const distribution = c.probabilityHistogram;
    const top = niceCeil(Math.max(1e-9, maxOf(c.upper), maxOf(c.means),
      distribution ? distribution.edges[distribution.edges.length - 1] : 0));
    const option = base(labels);
    option.tooltip = { trigger: 'axis', formatter: params => {
      const list = (Array.isArray(params) ? params : [params]).filter(p => p.seriesIndex === 0);
      if (!list.length) {
        return '';
      }
      const i = list[0].dataIndex;
      return labels.viralLoad + ': ' + number(c.viralLoads[i]) + '<br>' + labels.mean + ': ' + number(c.means[i]) +
        '<br>' + labels.band + ': ' + number(c.lower[i]) + '–' + number(c.upper[i]);
    } };
    option.grid = [{ left: VIRAL_LOAD_GRID.left, right: VIRAL_LOAD_GRID.right, top: 40, bottom: 70 }];
    option.xAxis = [{ type: 'value', name: labels.viralLoad, nameLocation: 'middle', nameGap: 28, min: 2, max: 10,
      axisLabel: { formatter: powerOfTen } }];
    option.yAxis = [{ type: 'value', name: labels.pi, min: 0, max: top, nameTextStyle: { align: 'left' },
      axisLabel: { formatter: axisNumber } }];
    option.series = [
      { name: labels.mean, type: 'line', data: pairs(c.viralLoads, c.means), showSymbol: false,
        itemStyle: { color: BLUE }, lineStyle: { color: BLUE, width: 2 }, connectNulls: false },
      { name: labels.band, type: 'custom', silent: true, legendIcon: 'rect', tooltip: { show: false },
        itemStyle: { color: 'rgba(31, 119, 180, 0.25)' }, data: [[c.viralLoads[0], 0]], z: 1,
        renderItem: (params, api) => ({ type: 'group', children: polygons.map(points => ({
          type: 'polygon', shape: { points: points.map(p => api.coord(p)) }, style: { fill: 'rgba(31, 119, 180, 0.25)' }
        })) }) }
    ];
    if (distribution) {
      option.grid.push({ right: 16, width: VIRAL_LOAD_GRID.right - 40, top: 40, bottom: 70,
        backgroundColor: '#eee', show: true, borderWidth: 0 });
      option.xAxis.push({ type: 'value', gridIndex: 1, min: 0, name: distributionLabel, nameLocation: 'middle',
        nameGap: 28, axisLabel: { show: false }, axisTick: { show: false }, splitLine: { show: false } });
      option.yAxis.push({ type: 'value', gridIndex: 1, min: 0, max: top, axisLabel: { show: false },
        axisTick: { show: false } });
      option.series.push({ name: distributionLabel, type: 'custom', xAxisIndex: 1, yAxisIndex: 1, silent: true,
        itemStyle: { color: BLUE, opacity: 0.75 }, encode: { x: 2, y: [0, 1] }, data: binned(distribution),
        renderItem: barRenderer(true) });
      option.legend.data = [labels.mean, labels.band];
    }
    return option;
  };

  /** Upstream's panel (ii): the number of samples per bin of log10 viral load, on the x axis of panel (i). */
  R.viralLoadOption = function (group, labels) {
    const h = group.conditional.viralLoadHistogram;
    const option = base(labels);
    option.legend = { show: false };
    option.tooltip = { trigger: 'item', formatter: p => number(p.value[0]) + '–' + number(p.value[1]) + ': ' + p.value[2] };
    option.grid = { left: VIRAL_LOAD_GRID.left, right: VIRAL_LOAD_GRID.right, top: 30, bottom: 45 };
    option.xAxis = { type: 'value', name: labels.viralLoad, nameLocation: 'middle', nameGap: 28, min: 2, max: 10,
      axisLabel: { formatter: powerOfTen } };
    option.yAxis = { type: 'value', name: labels.colSamples, min: 0, nameTextStyle: { align: 'left' },
      axisLabel: { formatter: axisNumber } };
    option.series = [{ name: labels.colSamples, type: 'custom', itemStyle: { color: '#7f7f7f' },
      encode: { x: [0, 1], y: 2 }, data: binned(h), renderItem: barRenderer(false) }];
    return option;
  };

  // d3's schemeCategory10, upstream's colours of the scenarios
  const CATEGORY10 = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f',
    '#bcbd22', '#17becf'];

  /** Mean concentration of every alternative scenario. */
  R.alternativesOption = function (data, labels) {
    const option = base(labels);
    option.color = CATEGORY10;
    option.xAxis = timeAxis(labels, data.times);
    option.yAxis = { type: 'value', name: labels.concentration, min: 0, nameTextStyle: { align: 'left' },
      axisLabel: { formatter: axisNumber } };
    option.series = data.alternatives.map(s => ({ name: s.name, type: 'line', showSymbol: false,
      data: pairs(data.times, s.concentrations) }));
    return option;
  };

  /** The CO₂ profile with the 800 and 1500 ppm levels. */
  R.co2Option = function (data, labels) {
    const option = base(labels);
    const measured = data.co2Measured ? data.co2Measured.values : [];
    const fitted = data.co2Fitted ? data.co2Fitted.values : [];
    const all = data.co2.concat(measured, fitted).filter(v => v != null);
    const top = Math.max(1550, maxOf(all) * 1.05);
    const bottom = Math.floor(Math.min(400, ...all) / 50) * 50;
    option.xAxis = timeAxis(labels, data.times);
    // the top is seldom a tick: its label would overlap the highest tick's
    option.yAxis = { type: 'value', name: labels.co2Axis, min: bottom, max: Math.ceil(top / 50) * 50,
      nameTextStyle: { align: 'left' }, axisLabel: { formatter: axisNumber, showMaxLabel: false } };
    option.series = [
      { name: labels.co2, type: 'line', showSymbol: false, data: pairs(data.times, data.co2),
        itemStyle: { color: BLUE }, lineStyle: { color: BLUE, width: 2 },
        markLine: { silent: true, symbol: 'none', label: { position: 'insideEndTop', formatter: '{b}' }, data: [
          { yAxis: 800, name: labels.acceptable, lineStyle: { color: 'forestgreen', type: 'dashed' } },
          { yAxis: 1500, name: labels.insufficient, lineStyle: { color: 'firebrick', type: 'dashed' } }
        ] } },
      { name: labels.acceptable, type: 'line', data: [], itemStyle: { color: 'forestgreen' }, lineStyle: { type: 'dashed' } },
      { name: labels.insufficient, type: 'line', data: [], itemStyle: { color: 'firebrick' }, lineStyle: { type: 'dashed' } }
    ];
    if (data.co2Measured) {
      // the sensor's series and the fit's curve, kept with the fit in bucket means; gaps where a bucket was empty
      option.series.push(
        { name: labels.co2Measured, type: 'line', showSymbol: true, symbolSize: 4, connectNulls: false,
          data: pairs(data.co2Measured.times, data.co2Measured.values),
          itemStyle: { color: '#555555' }, lineStyle: { color: '#555555', width: 1 } },
        { name: labels.co2Fitted, type: 'line', showSymbol: false, connectNulls: false,
          data: pairs(data.co2Fitted.times, data.co2Fitted.values),
          itemStyle: { color: '#ff7f0e' }, lineStyle: { color: '#ff7f0e', width: 2, type: 'dashed' } });
    }
    return option;
  };
})(window.CaimiraReport = window.CaimiraReport || {});
