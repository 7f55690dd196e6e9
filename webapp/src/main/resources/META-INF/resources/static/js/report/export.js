/* CSV export of the plotted series and PDF download of the report (jsPDF, in the browser). */
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

  /** Text in the PDF's standard fonts (WinAnsi): characters outside it are spelt out. */
  function pdfText(s) {
    return s.replace(/₂/g, '2').replace(/₁₀/g, '10').replace(/⁻¹/g, '-1').replace(/[\u2028\u2029]/g, ' ')
      .replace(/\s+/g, ' ').replace(/[^\x20-\x7E\u00A0-\u00FF\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u20AC]/g, '?').trim();
  }

  /**
   * The report as a jsPDF document: title, creation line, the results' sentences, every plot as an image, the
   * alternative scenarios, the input data and the QR code with the link to reproduce the results.
   */
  R.pdf = function () {
    const Pdf = window.jsPDF;
    const doc = new Pdf({ orientation: 'p', unit: 'mm', format: 'a4' });
    const width = 180;
    const left = 15;
    let y = 18;
    const need = h => {
      if (y + h > 282) {
        doc.addPage();
        y = 18;
      }
    };
    // at: {x, w} to write in a column other than the page's; url: every line links there
    const paragraph = (text, size, style, at, url) => {
      doc.setFontSize(size);
      doc.setFontStyle(style || 'normal');
      const x = at ? at.x : left;
      doc.splitTextToSize(pdfText(text), at ? at.w : width).forEach(line => {
        need(size * 0.45);
        if (url) {
          doc.textWithLink(line, x, y, { url: url });
        } else {
          doc.text(line, x, y);
        }
        y += size * 0.45;
      });
      y += 1.5;
    };
    const labels = document.getElementById('report-labels').dataset;
    paragraph(labels.title, 16, 'bold');
    paragraph(labels.created, 9);
    document.querySelectorAll('#pane-results > section.card, #pane-results > .card').forEach(card => {
      const heading = card.querySelector('.card-header');
      if (card.classList.contains('reproduce-card')) {
        return;
      }
      paragraph(heading ? heading.textContent : '', 12, 'bold');
      card.querySelectorAll('.pi-box').forEach(box => paragraph(box.textContent, 10));
      card.querySelectorAll('.report-summary p, .report-summary li').forEach(p => paragraph(p.textContent, 10));
      card.querySelectorAll('.histogram-title').forEach(p => paragraph(p.textContent, 10));
      card.querySelectorAll('.report-plot').forEach(el => {
        const chart = R.charts[el.id];
        if (!chart) {
          return;
        }
        const ratio = el.clientHeight / Math.max(1, el.clientWidth);
        const h = width * ratio;
        need(h);
        doc.addImage(chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }), 'PNG', left, y, width, h);
        y += h + 3;
      });
      card.querySelectorAll('.alternatives-table tr').forEach(tr => {
        paragraph(Array.from(tr.children).map(c => c.textContent.trim()).join('  |  '), 9);
      });
    });
    paragraph(document.getElementById('tab-input').textContent, 12, 'bold');
    document.querySelectorAll('#pane-input .input-section').forEach(section => {
      paragraph(section.querySelector('.card-header').textContent, 10, 'bold');
      section.querySelectorAll('tr').forEach(tr => paragraph(tr.children[0].textContent + ': ' + tr.children[1].textContent, 9));
    });
    const reproduce = document.querySelector('.reproduce-card');
    const link = document.getElementById('short-link').textContent.trim();
    const side = 45;
    paragraph(reproduce.querySelector('.card-header').textContent, 12, 'bold');
    need(side);
    const top = y;
    R.drawQr(doc, JSON.parse(document.getElementById('report-qr').textContent), left, top, side);
    const beside = { x: left + side + 5, w: width - side - 5 };
    y += 5;
    paragraph(reproduce.querySelector('.card-body p').textContent, 9, 'normal', beside);
    paragraph(link, 8, 'normal', beside, link);
    y = Math.max(y, top + side) + 3;
    return doc;
  };

  /**
   * Draws a QR code ({size, runs: [[x, y, length]]} from QrModules.java) as black rectangles in a square of side
   * mm whose top left corner is (x, y), with a quiet zone of 2 modules.
   */
  R.drawQr = function (doc, qr, x, y, side) {
    const module = side / (qr.size + 4);
    doc.setFillColor(0, 0, 0);
    qr.runs.forEach(r => doc.rect(x + (r[0] + 2) * module, y + (r[1] + 2) * module, r[2] * module, module, 'F'));
  };
})(window.CaimiraReport = window.CaimiraReport || {});
