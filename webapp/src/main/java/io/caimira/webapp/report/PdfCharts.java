package io.caimira.webapp.report;

import io.caimira.calculator.report.GroupReport;
import io.caimira.calculator.report.VirusReport;
import io.caimira.webapp.co2.FitSeries;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The report's plots for the PDF, drawn by JFreeChart as compressed PNG images (data URIs for the PDF's XHTML): the
 * concentration and cumulative dose of a group with its presence shaded, the distribution of the probability of
 * infection, the alternative scenarios and the CO₂ profile (with a fit's measured series). The same data and labels
 * as the web page's plots, numbers in the page's language, text of at least 12 px at the printed size.
 */
final class PdfCharts {
  private static final int WIDTH = 1000;
  private static final int HEIGHT = 460;
  private static final Color BLUE = new Color(0x1f, 0x77, 0xb4);
  private static final Color[] PALETTE = {BLUE, new Color(0xff, 0x7f, 0x0e), new Color(0x2c, 0xa0, 0x2c),
      new Color(0xd6, 0x27, 0x28), new Color(0x94, 0x67, 0xbd), new Color(0x8c, 0x56, 0x4b)};
  /**
   * The plots' text: Liberation Sans from PDFBox's jar, the PDF's own font, so that drawing does not depend on the
   * fonts installed on the server (the logical SansSerif when it cannot be read).
   */
  private static final Font TEXT = font(20f);

  private PdfCharts() {}

  private static Font font(float size) {
    try (java.io.InputStream in = PdfCharts.class.getResourceAsStream(ReportPdf.FONT)) {
      return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size);
    } catch (java.awt.FontFormatException | IOException | RuntimeException e) {
      return new Font("SansSerif", Font.PLAIN, Math.round(size));
    }
  }

  static String concentration(VirusReport r, GroupReport g, ReportMessages msg, Locale locale) {
    XYSeries conc = series(msg.axis_concentration(), r.times(), g.concentrations());
    double[] doses = ReportSeries.withLeadingZero(g.cumulativeDoses());
    XYSeries dose = series(msg.axis_dose(), r.times(), doses);
    XYPlot plot = plot(msg.axis_time(), msg.axis_concentration(), locale, new XYSeriesCollection(conc), BLUE, false);
    NumberAxis doseAxis = axis(msg.axis_dose(), locale);
    plot.setRangeAxis(1, doseAxis);
    plot.setDataset(1, new XYSeriesCollection(dose));
    plot.mapDatasetToRangeAxis(1, 1);
    XYLineAndShapeRenderer dashed = new XYLineAndShapeRenderer(true, false);
    dashed.setSeriesPaint(0, BLUE);
    dashed.setSeriesStroke(0, new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
        new float[] {10f, 6f}, 0f));
    plot.setRenderer(1, dashed);
    g.exposedPresenceIntervals().forEach(s -> {
      IntervalMarker presence = new IntervalMarker(s.start(), s.end(), new Color(0x1f, 0x77, 0xb4, 28));
      plot.addDomainMarker(presence, org.jfree.chart.ui.Layer.BACKGROUND);
    });
    return png(chart(plot));
  }

  static String histogram(GroupReport g, ReportMessages msg, Locale locale) {
    XYIntervalSeries bars = new XYIntervalSeries(msg.axis_density());
    double[] counts = g.probHistCount();
    double[] bins = g.probHistBins();
    for (int i = 0; i < counts.length; i++) {
      double density = counts[i] / 100; // per percentage point, as the page shows it
      bars.add((bins[i] + bins[i + 1]) * 50, bins[i] * 100, bins[i + 1] * 100, density, 0, density);
    }
    XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    data.addSeries(bars);
    NumberAxis percent = axis(msg.axis_probability(), locale);
    double top = bins.length == 0 ? 100 : bins[bins.length - 1] * 100;
    percent.setTickUnit(new NumberTickUnit(top > 50 ? 10 : top > 20 ? 5 : top > 5 ? 1 : 0.5));
    XYPlot plot = new XYPlot(data, percent, axis(msg.axis_density(), locale), new XYBarRenderer());
    ((XYBarRenderer) plot.getRenderer()).setSeriesPaint(0, BLUE);
    ((XYBarRenderer) plot.getRenderer()).setShadowVisible(false);
    ((XYBarRenderer) plot.getRenderer()).setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
    ValueMarker mean = new ValueMarker(g.probInf(), Color.DARK_GRAY, new BasicStroke(2f, BasicStroke.CAP_BUTT,
        BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 6f}, 0f));
    mean.setLabel(msg.mean());
    mean.setLabelFont(TEXT);
    mean.setLabelBackgroundColor(new Color(255, 255, 255, 220));
    plot.addDomainMarker(mean);
    style(plot);
    return png(chart(plot));
  }

  /** P(I) against the viral load: the mean and the percentile band, as the web page's uncertainty figure. */
  static String conditional(io.caimira.calculator.report.ConditionalProbabilityData c, ReportMessages msg,
      Locale locale) {
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(series(msg.mean(), c.viralLoads(), c.piMeans()));
    data.addSeries(series(msg.percentile_band() + " ↓", c.viralLoads(), c.lowerPercentiles()));
    data.addSeries(series(msg.percentile_band() + " ↑", c.viralLoads(), c.upperPercentiles()));
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    renderer.setSeriesPaint(0, BLUE);
    renderer.setSeriesStroke(0, new BasicStroke(2.5f));
    Color light = new Color(0x6b, 0xae, 0xd6);
    for (int i = 1; i <= 2; i++) {
      renderer.setSeriesPaint(i, light);
      renderer.setSeriesStroke(i, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
          new float[] {8f, 6f}, 0f));
    }
    XYPlot plot = new XYPlot(data, axis(msg.axis_viral_load(), locale), axis(msg.axis_pi(), locale), renderer);
    style(plot);
    return png(chart(plot));
  }

  static String alternatives(VirusReport r, ReportMessages msg, Locale locale, UnaryOperator<String> names) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (Map.Entry<String, io.caimira.calculator.report.AlternativeScenarioStats> e
        : r.alternativeScenarios().stats().entrySet()) {
      data.addSeries(series(names.apply(e.getKey()), r.times(), e.getValue().concentrations()));
    }
    XYPlot plot = plot(msg.axis_time(), msg.axis_concentration(), locale, data, null, false);
    return png(chart(plot));
  }

  static String co2(VirusReport r, FitSeries fit, ReportMessages msg, String measured, String fitted,
      Locale locale) {
    XYSeriesCollection data = new XYSeriesCollection(series(msg.co2_line(), r.times(), r.co2Concentrations()));
    XYPlot plot = plot(msg.axis_time(), msg.axis_co2(), locale, data, BLUE, false);
    if (fit != null) {
      XYSeries m = new XYSeries(measured);
      XYSeries f = new XYSeries(fitted);
      for (int k = 0; k < fit.size(); k++) {
        if (fit.measured().get(k) != null) {
          m.add(fit.time(k), fit.measured().get(k));
          f.add(fit.time(k), fit.fitted().get(k));
        }
      }
      XYSeriesCollection sensor = new XYSeriesCollection();
      sensor.addSeries(m);
      sensor.addSeries(f);
      plot.setDataset(1, sensor);
      XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
      renderer.setSeriesPaint(0, Color.DARK_GRAY);
      renderer.setSeriesShapesVisible(1, false);
      renderer.setSeriesPaint(1, PALETTE[1]);
      renderer.setSeriesStroke(1, new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
          new float[] {10f, 6f}, 0f));
      plot.setRenderer(1, renderer);
    }
    for (double[] level : new double[][] {{800, 0}, {1500, 1}}) {
      ValueMarker marker = new ValueMarker(level[0], level[1] == 0 ? new Color(0x22, 0x8b, 0x22)
          : new Color(0xb2, 0x22, 0x22), new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
          new float[] {8f, 6f}, 0f));
      marker.setLabel(level[1] == 0 ? msg.co2_acceptable() : msg.co2_insufficient());
      marker.setLabelFont(TEXT);
      marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
      marker.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
      marker.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
      plot.addRangeMarker(marker);
    }
    ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
    double top = Math.max(1550, max(r.co2Concentrations()) * 1.05);
    plot.getRangeAxis().setRange(Math.min(400, min(r.co2Concentrations())) - 20, top);
    return png(chart(plot));
  }

  private static XYPlot plot(String x, String y, Locale locale, XYSeriesCollection data, Color colour,
      boolean shapes) {
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, shapes);
    for (int i = 0; i < data.getSeriesCount(); i++) {
      renderer.setSeriesPaint(i, colour != null ? colour : PALETTE[i % PALETTE.length]);
      renderer.setSeriesStroke(i, new BasicStroke(2.5f));
    }
    NumberAxis time = axis(x, locale);
    time.setNumberFormatOverride(new HoursFormat());
    time.setTickUnit(new NumberTickUnit(1));
    time.setAutoRangeIncludesZero(false);
    XYPlot plot = new XYPlot(data, time, axis(y, locale), renderer);
    style(plot);
    return plot;
  }

  private static void style(XYPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
  }

  private static NumberAxis axis(String label, Locale locale) {
    NumberAxis axis = new NumberAxis(label);
    axis.setLabelFont(TEXT);
    axis.setTickLabelFont(TEXT.deriveFont(18f));
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMaximumFractionDigits(3);
    axis.setNumberFormatOverride(f);
    return axis;
  }

  private static JFreeChart chart(XYPlot plot) {
    JFreeChart chart = new JFreeChart(null, TEXT, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    LegendTitle legend = chart.getLegend();
    legend.setItemFont(TEXT);
    legend.setPosition(RectangleEdge.BOTTOM);
    return chart;
  }

  private static XYSeries series(String name, double[] times, double[] values) {
    XYSeries s = new XYSeries(name, false, true);
    for (int i = 0; i < times.length && i < values.length; i++) {
      if (Double.isFinite(times[i]) && Double.isFinite(values[i])) {
        s.add(times[i], values[i], false);
      }
    }
    return s;
  }

  private static double max(double[] v) {
    double m = Double.NEGATIVE_INFINITY;
    for (double x : v) {
      m = Double.isFinite(x) ? Math.max(m, x) : m;
    }
    return Double.isFinite(m) ? m : 0;
  }

  private static double min(double[] v) {
    double m = Double.POSITIVE_INFINITY;
    for (double x : v) {
      m = Double.isFinite(x) ? Math.min(m, x) : m;
    }
    return Double.isFinite(m) ? m : 400;
  }

  /** A PNG image as a data URI (deflate-compressed, as PNG always is). */
  private static String png(JFreeChart chart) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT, null, false, 9);
      return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Decimal hours as HH:MM on the time axis. */
  private static final class HoursFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;

    @Override
    public StringBuffer format(double number, StringBuffer to, java.text.FieldPosition pos) {
      long minutes = Math.round(number * 60);
      return to.append(String.format(Locale.ROOT, "%02d:%02d", Math.floorDiv(minutes, 60) % 24,
          Math.floorMod(minutes, 60)));
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, java.text.FieldPosition pos) {
      return format((double) number, to, pos);
    }

    @Override
    public Number parse(String source, java.text.ParsePosition pos) {
      return null;
    }
  }

}
