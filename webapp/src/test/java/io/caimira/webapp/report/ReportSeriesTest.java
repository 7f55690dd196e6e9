package io.caimira.webapp.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.caimira.webapp.form.LinkCodec;
import io.caimira.webapp.form.FormFields;
import io.nayuki.qrcodegen.QrCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The embedded series, the QR code and the links. */
class ReportSeriesTest {

  @Test
  void dosesStartAtZeroAndNumbersKeepSixDigits() {
    assertThat(ReportSeries.withLeadingZero(new double[] {1, 2})).containsExactly(0, 1, 2);
    assertThat(ReportSeries.round(0.123456789)).isEqualTo(0.123457);
    assertThat(ReportSeries.round(12345678.9)).isEqualTo(12345700.0);
  }

  @Test
  void embeddedJsonCannotCloseItsScriptElement() {
    var node = JsonNodeFactory.instance.objectNode().put("name", "</script><b>&");
    String text = ReportSeries.embeddable(node);
    assertThat(text).doesNotContain("<", ">", "&").contains("\\u003c/script\\u003e");
  }

  @Test
  void qrCodeIsAnAccessibleSvg() {
    String svg = QrCodeSvg.of(QrModules.of("http://localhost/_c/abc"), "QR <code>");
    assertThat(svg).startsWith("<svg").contains("role=\"img\"", "<title>QR &lt;code&gt;</title>", "<path");
  }

  /** Every dark module of qrcodegen's matrix is in exactly one run, and no light module is. */
  @Test
  void qrRunsCoverExactlyTheDarkModules() {
    String text = "https://example.org/_c/eJwrzs9NjU9JTUvMKcnMSy3KTMrPs1Uy1DPQAwAoIgUu";
    QrCode qr = QrCode.encodeText(text, QrCode.Ecc.LOW);
    QrModules modules = QrModules.of(text);
    assertThat(modules.size()).isEqualTo(qr.size);
    int[][] covered = new int[qr.size][qr.size];
    for (int[] run : modules.runs()) {
      assertThat(run[2]).isPositive();
      for (int x = run[0]; x < run[0] + run[2]; x++) {
        covered[run[1]][x]++;
      }
    }
    for (int y = 0; y < qr.size; y++) {
      for (int x = 0; x < qr.size; x++) {
        assertThat(covered[y][x]).as("module %d,%d", x, y).isEqualTo(qr.getModule(x, y) ? 1 : 0);
      }
    }
    assertThat(modules.json()).startsWith("{\"size\":" + qr.size + ",\"runs\":[[")
        .contains("[" + modules.runs().get(1)[0] + "," + modules.runs().get(1)[1] + ",");
  }

  @Test
  void conditionalLinkAddsTheFieldOnce() {
    FormFields fields = FormFields.of(Map.of("simulation_name", List.of("a b")));
    ReportLinks links = ReportLinks.of(fields, "https://example.org:8443/_c/", "/calculator/report?c=");
    assertThat(LinkCodec.decode(links.shortLink().substring("https://example.org:8443/_c/".length())))
        .isEqualTo("simulation_name=a+b");
    assertThat(LinkCodec.decode(links.conditional().substring("/calculator/report?c=".length())))
        .isEqualTo("simulation_name=a+b&conditional_probability_viral_loads=1");
    ReportLinks again = ReportLinks.of(fields.with("conditional_probability_viral_loads", "1"),
        "https://example.org/_c/", "/calculator/report?c=");
    assertThat(again.conditional()).isNull();
  }
}
