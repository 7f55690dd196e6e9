package io.caimira.webapp.compare;

import java.util.Locale;

/** Number formats of the comparison, as the report shows them. */
final class Numbers {
  private Numbers() {}

  /** A probability in %: "<0.01 %" below 0.01, 2 decimals below 1, "> 99.9 %" above 99.9, else 1 decimal. */
  static String percentage(double percent, Locale locale) {
    if (Double.isNaN(percent) || percent > 99.9) {
      return "> 99.9 %";
    }
    if (percent < 0.01) {
      return "< " + String.format(locale, "%.2f", 0.01) + " %";
    }
    return String.format(locale, percent < 1 ? "%.2f %%" : "%.1f %%", percent);
  }
}
