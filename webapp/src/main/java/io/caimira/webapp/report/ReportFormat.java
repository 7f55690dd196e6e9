package io.caimira.webapp.report;

import java.util.Locale;

/**
 * The number and time formats of the report (upstream's Jinja filters, facts kept): {@code non_zero_percentage},
 * {@code readable_minutes}, {@code minutes_to_time}, {@code hour_format} (here with zero-padded minutes) and
 * {@code float_format}. Decimal separators follow the page's language.
 */
public final class ReportFormat {
  private ReportFormat() {}

  /**
   * A probability in percent: "&lt;0.01%" below 0.01, two decimals below 1, "&gt;99.9%" above 99.9 or when not a
   * number, else one decimal. French puts a narrow no-break space before the sign ("12,2 %").
   */
  public static String nonZeroPercentage(double percent, Locale locale) {
    String sign = "fr".equals(locale.getLanguage()) ? "\u202F%" : "%";
    if (percent < 0.01) {
      return "<" + String.format(locale, "%.2f", 0.01) + sign;
    }
    if (percent > 99.9 || Double.isNaN(percent)) {
      return ">" + String.format(locale, "%.1f", 99.9) + sign;
    }
    return String.format(locale, percent < 1 ? "%.2f" : "%.1f", percent) + sign;
  }

  /** Two decimals, e.g. expected new cases. */
  public static String floatFormat(double value, Locale locale) {
    return Double.isFinite(value) ? String.format(locale, "%.2f", value) : "–";
  }

  /** A duration: "1 minute", "2 minutes", "1 hour", "2 hours", "150 minutes" (whole hours only as hours). */
  public static String readableMinutes(int minutes, Locale locale) {
    boolean french = "fr".equals(locale.getLanguage());
    if (minutes % 60 == 0) {
      int hours = minutes / 60;
      return hours + (french ? (hours > 1 ? " heures" : " heure") : (hours == 1 ? " hour" : " hours"));
    }
    return minutes + (french ? (minutes > 1 ? " minutes" : " minute") : (minutes == 1 ? " minute" : " minutes"));
  }

  /** Minutes since midnight as "HH:MM". */
  public static String minutesToTime(int minutes) {
    return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
  }

  /** A decimal hour as "H:MM" (8.0833 → "8:04"; upstream wrote "8:4"): minutes truncated, as upstream. */
  public static String hourFormat(double hour) {
    int hours = (int) hour;
    int minutes = (int) Math.floor((hour - hours) * 60 + 1e-6);
    if (minutes == 60) {
      hours++;
      minutes = 0;
    }
    return String.format(Locale.ROOT, "%d:%02d", hours, minutes);
  }
}
