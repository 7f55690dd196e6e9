package io.caimira.webapp.site;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small extractions from our own pages' HTML (elements written on one tag each). */
final class Html {
  private Html() {}

  /** The values of {@code attribute} of the elements whose class attribute contains {@code cssClass}. */
  static List<String> attributes(String page, String cssClass, String attribute) {
    List<String> values = new ArrayList<>();
    Matcher tags = Pattern.compile("<[a-z]+[^>]*class=\"[^\"]*\\b" + Pattern.quote(cssClass) + "\\b[^\"]*\"[^>]*>")
        .matcher(page);
    while (tags.find()) {
      Matcher value = Pattern.compile("\\s" + Pattern.quote(attribute) + "=\"([^\"]*)\"").matcher(tags.group());
      if (value.find()) {
        values.add(value.group(1));
      }
    }
    return values;
  }

  /** The text of the elements whose class attribute contains {@code cssClass} (no nested elements). */
  static List<String> texts(String page, String cssClass) {
    List<String> values = new ArrayList<>();
    Matcher m = Pattern.compile("<([a-z]+)[^>]*class=\"[^\"]*\\b" + Pattern.quote(cssClass)
        + "\\b[^\"]*\"[^>]*>([^<]*)</\\1>").matcher(page);
    while (m.find()) {
      values.add(m.group(2).trim());
    }
    return values;
  }
}
