/* Readable chart text for every plot of the site (report, CO₂ dialog, comparison): at least 12 px everywhere (13 px
   for legends, axis names and tooltips), and line labels on a light background so that a curve crossing them does
   not hide them. Call CaimiraCharts.readable(option) on an ECharts option before setOption. */
(function (ns) {
  'use strict';

  const MIN = 12;

  function sized(style, size) {
    const out = Object.assign({}, style);
    if (!(out.fontSize >= MIN)) {
      out.fontSize = size;
    }
    return out;
  }

  function each(value, f) {
    if (Array.isArray(value)) {
      value.forEach(f);
    } else if (value) {
      f(value);
    }
  }

  ns.MIN_FONT_SIZE = MIN;

  /**
   * On a narrow plot (a phone), two y axes' names at the top corners run into each other: they are left out, as the
   * legend names the same series with their units.
   */
  ns.fit = function (option, width) {
    const axes = Array.isArray(option.yAxis) ? option.yAxis : [];
    if (width < 600 && axes.length > 1) {
      axes.forEach(axis => { axis.name = ''; });
    }
    return option;
  };

  ns.readable = function (option) {
    option.textStyle = sized(option.textStyle, 13);
    each(option.legend, l => { l.textStyle = sized(l.textStyle, 13); });
    each(option.tooltip, t => { t.textStyle = sized(t.textStyle, 13); });
    ['xAxis', 'yAxis'].forEach(key => each(option[key], axis => {
      axis.axisLabel = sized(axis.axisLabel, MIN);
      axis.nameTextStyle = sized(axis.nameTextStyle, 13);
    }));
    each(option.series, s => {
      if (s.markLine) {
        s.markLine.label = Object.assign({ backgroundColor: 'rgba(255, 255, 255, 0.85)', padding: [2, 4] },
          sized(s.markLine.label, MIN));
      }
      if (s.label) {
        s.label = sized(s.label, MIN);
      }
    });
    return option;
  };
})(window.CaimiraCharts = window.CaimiraCharts || {});
