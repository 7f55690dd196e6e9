package io.caimira.webapp.report;

import io.caimira.webapp.WebSettings;
import io.caimira.webapp.form.FormFields;
import io.caimira.webapp.form.LinkCodec;
import java.net.URI;

/**
 * The links of a report: the short link {@code {root}/_c/<zlib+Base64 of the inputs>} (upstream's format, for the
 * QR code and sharing), this report's own address, and the report with the conditional probability requested.
 *
 * @param conditional null when the report already has the conditional probability
 */
public record ReportLinks(String shortLink, String report, String conditional) {
  public static final String CONDITIONAL_FIELD = "conditional_probability_viral_loads";

  /**
   * @param origin scheme, host and port of the request, e.g. "https://example.org"
   * @param parameter the report page's query parameter of the compressed inputs
   */
  public static ReportLinks of(FormFields fields, URI origin, WebSettings web, String parameter) {
    String base = origin.getScheme() + "://" + origin.getRawAuthority();
    String shortLink = base + web.url("/_c/") + LinkCodec.encodeStandard(fields.toQuery());
    String page = web.calculatorUrl("/report") + "?" + parameter + "=";
    String report = page + LinkCodec.encode(fields.toQuery());
    boolean requested = "1".equals(fields.get(CONDITIONAL_FIELD));
    String conditional = requested ? null
        : page + LinkCodec.encode(fields.with(CONDITIONAL_FIELD, "1").toQuery());
    return new ReportLinks(shortLink, report, conditional);
  }
}
