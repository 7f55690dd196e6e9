package io.caimira.webapp.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code EXTRA_PAGES} value, upstream's Python list literal such as
 * {@code [{'url_path': '/privacy', 'filename': 'privacy.html'}]} (single or double quotes, trailing commas
 * allowed). Only that shape is accepted: a list of dictionaries of strings with both keys.
 */
final class ExtraPageList {
  /** One extra page: its path below the application root and its template file. */
  record Entry(String urlPath, String filename) {}

  private static final java.util.regex.Pattern PATH = java.util.regex.Pattern.compile("(/[A-Za-z0-9._-]+)+");

  private final String text;
  private int at;

  private ExtraPageList(String text) {
    this.text = text;
  }

  /**
   * @throws IllegalArgumentException when the value is not such a list
   */
  static List<Entry> parse(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return new ExtraPageList(value).list();
  }

  private List<Entry> list() {
    List<Entry> entries = new ArrayList<>();
    expect('[');
    while (!peek(']')) {
      Map<String, String> dict = dict();
      String path = dict.get("url_path");
      String file = dict.get("filename");
      if (path == null || file == null || !PATH.matcher(path).matches() || file.isBlank()) {
        throw new IllegalArgumentException("each page needs a 'url_path' such as /privacy (letters, digits, "
            + "'.', '_', '-' between slashes) and a 'filename'");
      }
      entries.add(new Entry(path, file));
      if (!peek(']')) {
        expect(',');
      }
    }
    expect(']');
    skipSpace();
    if (at != text.length()) {
      throw new IllegalArgumentException("unexpected text after the list at " + at);
    }
    return entries;
  }

  private Map<String, String> dict() {
    Map<String, String> dict = new LinkedHashMap<>();
    expect('{');
    while (!peek('}')) {
      String key = string();
      expect(':');
      dict.put(key, string());
      if (!peek('}')) {
        expect(',');
      }
    }
    expect('}');
    return dict;
  }

  private String string() {
    skipSpace();
    if (at >= text.length() || (text.charAt(at) != '\'' && text.charAt(at) != '"')) {
      throw new IllegalArgumentException("a quoted string was expected at " + at);
    }
    char quote = text.charAt(at++);
    StringBuilder s = new StringBuilder();
    while (at < text.length() && text.charAt(at) != quote) {
      char c = text.charAt(at++);
      if (c == '\\' && at < text.length()) {
        c = text.charAt(at++);
      }
      s.append(c);
    }
    if (at >= text.length()) {
      throw new IllegalArgumentException("unterminated string");
    }
    at++;
    return s.toString();
  }

  private boolean peek(char c) {
    skipSpace();
    return at < text.length() && text.charAt(at) == c;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw new IllegalArgumentException("'" + c + "' was expected at " + at);
    }
    at++;
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }
}
