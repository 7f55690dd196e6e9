package io.caimira.webapp.compare;

import io.caimira.webapp.form.FormFields;
import io.caimira.webapp.form.LinkCodec;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compressed inputs ({@code c} value) of a scenario given as a report link ({@code …/report?c=…}), a short link
 * ({@code …/_c/…}), a calculator form link with its fields in the query string, or the bare value.
 */
final class ScenarioCodes {
  /** A parameter of upstream's links that is not an input (the repr of a Python object). */
  private static final String UPSTREAM_JUNK = "data_registry";

  private ScenarioCodes() {}

  /**
   * The calculator inputs of a code.
   *
   * @throws IllegalArgumentException when the code is not compressed inputs
   */
  static FormFields inputs(String code) {
    Map<String, List<String>> kept = new LinkedHashMap<>();
    FormFields.ofQuery(LinkCodec.decode(code)).values().forEach((name, value) -> {
      if (!name.equals(UPSTREAM_JUNK)) {
        kept.put(name, List.of(value));
      }
    });
    return FormFields.of(kept);
  }

  static String of(String text) {
    String t = text.trim();
    int shortLink = t.indexOf("/_c/");
    if (shortLink >= 0) {
      return t.substring(shortLink + 4);
    }
    int q = t.indexOf('?');
    if (q < 0) {
      return t;
    }
    String query = t.substring(q + 1);
    int hash = query.indexOf('#');
    if (hash >= 0) {
      query = query.substring(0, hash);
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith("c=")) {
        return URLDecoder.decode(pair.substring(2), StandardCharsets.UTF_8);
      }
    }
    return LinkCodec.encode(query); // a form link: its fields are the inputs
  }
}
