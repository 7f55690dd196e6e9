package io.caimira.webapp.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.caimira.calculator.report.GroupReport;
import io.caimira.calculator.report.VirusReport;
import io.caimira.webapp.co2.Co2Messages;
import io.caimira.webapp.co2.FitSeries;
import io.caimira.webapp.i18n.Bundles;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Singleton;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jboss.logging.Logger;

/**
 * The report as a PDF made on the server ({@code GET {prefix}/report.pdf?c=…}): the page's content — results with
 * their plots, uncertainties, alternative scenarios, CO₂, the link and its QR code, the input data, the disclaimer —
 * laid out by openhtmltopdf from an XHTML template ({@code calculator/report-pdf.html}) on Apache PDFBox, in the
 * page's language and theme. The text is real text in an embedded subset of Liberation Sans (the font PDFBox ships),
 * so it can be searched and copied exactly; the plots are compressed PNG images; pages are numbered.
 */
@Singleton
public class ReportPdf {
  private static final Logger LOG = Logger.getLogger(ReportPdf.class);
  /** The font of the PDF and of its plots, shipped in PDFBox's jar. */
  static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private final Template template;

  ReportPdf(@Location("calculator/report-pdf.html") Template template) {
    this.template = template;
  }

  /** A plot of the PDF: its title and image (null when it could not be drawn). */
  public record Plot(String title, String image) {}

  /** One group's plots; {@code conditional} only when the report has the uncertainty figure. */
  public record GroupPlots(Plot concentration, Plot histogram, Plot conditional) {}

  byte[] render(ReportView view, VirusReport r, FitSeries fit, Locale locale) {
    ReportMessages msg = Bundles.of(ReportMessages.class, locale);
    Co2Messages co2 = Bundles.of(Co2Messages.class, locale);
    List<GroupPlots> groups = new ArrayList<>();
    for (Map.Entry<String, GroupReport> e : r.groups().entrySet()) {
      GroupReport g = e.getValue();
      groups.add(new GroupPlots(
          plot(msg.concentration_title(), () -> PdfCharts.concentration(r, g, msg, locale)),
          plot(msg.uncertainties(), () -> PdfCharts.histogram(g, msg, locale)),
          g.conditionalProbabilityData() == null ? null : plot(msg.conditional_title(),
              () -> PdfCharts.conditional(g.conditionalProbabilityData(), msg, locale))));
    }
    Plot alternatives = r.alternativeScenarios() == null || view.alternatives().isEmpty() ? null
        : plot(msg.alternatives(), () -> PdfCharts.alternatives(r, msg, locale, n -> ScenarioNames.of(n, msg)));
    Plot co2Plot = plot(msg.co2_title(),
        () -> PdfCharts.co2(r, fit, msg, co2.series_measured(), co2.series_fitted(), locale));
    String html = template.instance().setLocale(locale).data("view", view).data("plots", groups)
        .data("alternativesPlot", alternatives).data("co2Plot", co2Plot).data("qr", qrImage(view.links().shortLink()))
        .data("lang", locale.getLanguage()).render();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useFont(() -> ReportPdf.class.getResourceAsStream(FONT), "Liberation Sans");
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A plot, or none when the machine cannot draw it (a server without any font for AWT): the PDF goes on. */
  private static Plot plot(String title, java.util.function.Supplier<String> draw) {
    try {
      return new Plot(title, draw.get());
    } catch (RuntimeException | Error e) {
      LOG.warnf("A plot of the PDF could not be drawn: %s", e.toString());
      return new Plot(title, null);
    }
  }

  /** The QR code of the short link as a PNG data URI: 4 pixels a module, a quiet zone of 4 modules. */
  static String qrImage(String link) {
    QrModules qr = QrModules.of(link);
    int scale = 4;
    int quiet = 4;
    int side = (qr.size() + 2 * quiet) * scale;
    BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
    var g = image.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, side, side);
    g.setColor(java.awt.Color.BLACK);
    for (int[] run : qr.runs()) {
      g.fillRect((run[0] + quiet) * scale, (run[1] + quiet) * scale, run[2] * scale, scale);
    }
    g.dispose();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
