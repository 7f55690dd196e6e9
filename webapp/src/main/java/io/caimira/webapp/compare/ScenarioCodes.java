package io.caimira.webapp.compare;

import io.caimira.webapp.form.LinkCodec;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The compressed inputs ({@code c} value) of a scenario given as a report link ({@code …/report?c=…}), a short link
 * ({@code …/_c/…}), a calculator form link with its fields in the query string, or the bare value.
 */
final class ScenarioCodes {
  private ScenarioCodes() {}

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
