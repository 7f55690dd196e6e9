package io.caimira.webapp.report;

import io.caimira.webapp.form.FormFields;
import io.caimira.webapp.form.LinkCodec;

/**
 * The links of a report: the short link {@code {root}/_c/<zlib + URL-safe Base64 of the inputs>} (for the QR
 * code and sharing; upstream's standard Base64 is still read, but its '/' characters can meet as "//", which
 * servers and proxies merge) and the report with the conditional probability requested (the field
 * added to the compressed inputs: a plain GET).
 *
 * @param conditional null when the report already has the conditional probability
 */
public record ReportLinks(String shortLink, String conditional, String code) {
  public static final String CONDITIONAL_FIELD = "conditional_probability_viral_loads";

  /**
   * @param shortLinkPrefix absolute address of the short links, e.g. "https://example.org/_c/"
   * @param reportPrefix the report page's address up to its compressed inputs, e.g. "/calculator/report?c="
   */
  public static ReportLinks of(FormFields fields, String shortLinkPrefix, String reportPrefix) {
    String code = LinkCodec.encode(fields.toQuery());
    String shortLink = shortLinkPrefix + code;
    boolean requested = "1".equals(fields.get(CONDITIONAL_FIELD));
    String conditional = requested ? null
        : reportPrefix + LinkCodec.encode(fields.with(CONDITIONAL_FIELD, "1").toQuery());
    return new ReportLinks(shortLink, conditional, code);
  }
}
