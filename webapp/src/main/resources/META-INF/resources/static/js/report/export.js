/* CSV export of the plotted series (the PDF is made on the server: ReportPdf). */
(function (R) {
  'use strict';

  const UNITS = { time: 'h', concentration: 'IRP/m³', dose: 'IRP', co2: 'ppm', alternatives: 'IRP/m³' };

  function quote(field) {
    const s = String(field);
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  /**
   * The CSV text: one row per report time (decimal hours), the chosen columns with their units.
   * columns: [{key, name}] among time, concentration, dose, co2, alternatives; with several groups the group
   * columns are repeated per group, named "<name> – <group id>".
   */
  R.csv = function (data, columns) {
    const header = [];
    const getters = [];
    const several = data.groups.length > 1;
    columns.forEach(col => {
      const unit = ' (' + UNITS[col.key] + ')';
      if (col.key === 'time') {
        header.push(col.name + unit);
        getters.push(i => data.times[i]);
      } else if (col.key === 'co2') {
        header.push(col.name + unit);
        getters.push(i => data.co2[i]);
      } else if (col.key === 'alternatives') {
        data.alternatives.forEach(s => {
          header.push(s.name + unit);
          getters.push(i => s.concentrations[i]);
        });
      } else {
        data.groups.forEach(g => {
          header.push(col.name + (several ? ' – ' + g.id : '') + unit);
          const values = col.key === 'concentration' ? g.concentrations : g.doses;
          getters.push(i => values[i]);
        });
      }
    });
    const lines = [header.map(quote).join(',')];
    data.times.forEach((t, i) => {
      lines.push(getters.map(get => {
        const v = get(i);
        return v == null ? '' : String(v);
      }).join(','));
    });
    return lines.join('\r\n') + '\r\n';
  };

  /** The columns chosen in the export dialog. */
  R.chosenColumns = function () {
    return Array.from(document.querySelectorAll('#export-dialog .export-column')).filter(row => {
      const check = row.querySelector('.export-check');
      return check && check.checked;
    }).map(row => {
      const name = row.querySelector('.export-name');
      const label = row.querySelector('.form-check-label');
      return { key: row.dataset.column, name: (name && name.value.trim()) || label.textContent.trim() };
    });
  };

  /** Keeps the download link's data URL in step with the dialog; disabled without a data column. */
  R.bindExport = function (data) {
    const link = document.getElementById('csv-download');
    if (!link) {
      return;
    }
    const update = () => {
      const columns = R.chosenColumns();
      const usable = columns.length > 1;
      link.classList.toggle('disabled', !usable);
      link.setAttribute('aria-disabled', String(!usable));
      link.href = usable ? 'data:text/csv;charset=utf-8,' + encodeURIComponent('\uFEFF' + R.csv(data, columns)) : '#';
    };
    document.querySelectorAll('#export-dialog input').forEach(input => {
      input.addEventListener('change', update);
      input.addEventListener('input', update);
    });
    update();
  };
})(window.CaimiraReport = window.CaimiraReport || {});
