/* The comparison page: the concentration plot (ECharts) and the saved-scenario list. */
(function () {
  'use strict';
  var DASHES = ['solid', 'dashed', 'dotted', [10, 4, 2, 4]];
  /** Numbers with 3 significant digits in the page's language. */
  var THREE = new Intl.NumberFormat(document.documentElement.lang || 'en', { maximumSignificantDigits: 3 });

  function clock(hours) {
    var minutes = Math.round(hours * 60);
    var h = Math.floor(minutes / 60);
    var m = minutes % 60;
    return (h < 10 ? '0' : '') + h + ':' + (m < 10 ? '0' : '') + m;
  }

  function drawChart() {
    var element = document.getElementById('compare-chart');
    if (!element || !window.echarts) {
      return;
    }
    var series = Array.prototype.map.call(document.querySelectorAll('.compare-series'), function (span, i) {
      return {
        name: span.dataset.name,
        type: 'line',
        showSymbol: false,
        lineStyle: { width: 2, type: DASHES[i % DASHES.length] },
        data: JSON.parse(span.dataset.points)
      };
    });
    var chart = window.echarts.init(element, null, { renderer: 'svg' });
    chart.setOption(window.CaimiraCharts.readable({
      animation: false,
      legend: { top: 0 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { label: { formatter: function (p) { return p.axisDimension === 'x' ? clock(p.value) : THREE.format(Number(p.value)); } } },
        valueFormatter: function (v) { return THREE.format(Number(v)); }
      },
      grid: { left: 80, right: 24, top: 48, bottom: 56 },
      xAxis: {
        type: 'value', name: element.dataset.xLabel, nameLocation: 'middle', nameGap: 32,
        min: 'dataMin', max: 'dataMax', axisLabel: { formatter: clock }
      },
      yAxis: { type: 'value', name: element.dataset.yLabel, nameLocation: 'middle', nameGap: 60 },
      series: series
    }));
    window.addEventListener('resize', function () { chart.resize(); });
    element.dataset.series = String(series.length);
  }

  function renderSaved() {
    var section = document.getElementById('saved');
    var listElement = document.getElementById('saved-list');
    if (!section || !listElement || !window.CaimiraComparison) {
      return;
    }
    var saved = window.CaimiraComparison.list();
    listElement.replaceChildren();
    document.getElementById('saved-empty').hidden = saved.length > 0;
    var lang = document.documentElement.lang || 'en';
    var when = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium' });
    // scenarios of the same name are told apart by when they were saved, and by their place in the list when
    // that is the same too
    var labels = distinct(saved.map(function (scenario) { return scenario.name; }), function (label, index) {
      var date = saved[index].at ? new Date(saved[index].at) : null;
      return date && !isNaN(date) ? label + ' (' + when.format(date) + ')' : label;
    });
    labels = distinct(labels, function (label, index) { return label + ' [' + (index + 1) + ']'; });
    saved.forEach(function (scenario, index) {
      var item = document.createElement('li');
      item.className = 'd-flex flex-wrap align-items-center gap-2 mb-1';
      var name = document.createElement('span');
      var shown = labels[index];
      name.textContent = shown;
      var use = button(section.dataset.use, shown, 'btn-outline-primary', function () { useScenario(scenario.c); });
      var remove = button(section.dataset.remove, shown, 'btn-outline-secondary', function () {
        window.CaimiraComparison.remove(scenario.c);
      });
      item.append(name, use, remove);
      listElement.append(item);
    });
  }

  /** The labels, with rename(label, index) applied to those that more than one has. */
  function distinct(labels, rename) {
    return labels.map(function (label, index) {
      return labels.indexOf(label) !== labels.lastIndexOf(label) ? rename(label, index) : label;
    });
  }

  function button(text, name, style, action) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'btn btn-sm ' + style;
    b.textContent = text;
    var hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.textContent = ' – ' + name;
    b.append(hidden);
    b.addEventListener('click', action);
    return b;
  }

  function useScenario(code) {
    var section = document.getElementById('saved');
    var status = document.getElementById('compare-status');
    var empty = Array.prototype.find.call(document.querySelectorAll('#compare-form input[name="c"]'), function (input) {
      return !input.value.trim();
    });
    if (!empty) {
      status.textContent = section.dataset.full;
      return;
    }
    empty.value = code;
    empty.focus();
    status.textContent = section.dataset.used;
  }

  document.addEventListener('caimira:comparison-changed', renderSaved);
  drawChart();
  renderSaved();
})();
