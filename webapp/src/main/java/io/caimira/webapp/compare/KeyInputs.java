package io.caimira.webapp.compare;

import io.caimira.calculator.report.VirusReport;
import io.caimira.webapp.form.FormFields;
import java.util.List;
import java.util.Locale;

/** The inputs shown for every compared scenario, with the calculator's defaults for the fields left out. */
final class KeyInputs {
  private KeyInputs() {}

  static List<String> labels(CompareMessages m) {
    return List.of(m.room_volume(), m.ventilation(), m.masks(), m.occupants(), m.virus(), m.activity(),
        m.exposure(), m.short_range());
  }

  static List<String> values(FormFields f, VirusReport report, CompareMessages m, Locale locale) {
    String volume = String.format(locale, "%.1f m³", report.model().room().volume().mean());
    String masks = "mask_on".equals(or(f, "mask_wearing_option", "mask_off")) ? or(f, "mask_type", "Type I")
        : m.none();
    String occupants = m.occupants_text(or(f, "total_people", "?"), or(f, "infected_people", "1"));
    String virusKey = or(f, "virus_type", "SARS_CoV_2");
    String virus = io.caimira.webapp.i18n.Bundles.text(io.caimira.webapp.form.FormMessages.class, locale,
        "virus_" + virusKey, virusKey.replace("SARS_CoV_2", "SARS-CoV-2").replace('_', ' '));
    String activityKey = or(f, "activity_type", "office");
    String activity = io.caimira.webapp.i18n.Bundles.text(io.caimira.webapp.form.FormMessages.class, locale,
        "activity_" + activityKey.replace('-', '_'), activityKey.replace('_', ' '));
    String exposure = or(f, "exposed_start", "08:30") + " – " + or(f, "exposed_finish", "17:30");
    String shortRange = "short_range_yes".equals(or(f, "short_range_option", "short_range_no")) ? m.yes() : m.no();
    return List.of(volume, ventilation(f, m), masks, occupants, virus, activity, exposure, shortRange);
  }

  private static String ventilation(FormFields f, CompareMessages m) {
    String type = switch (or(f, "ventilation_type", "no_ventilation")) {
      case "mechanical_ventilation" -> m.vent_mechanical();
      case "natural_ventilation" -> m.vent_natural();
      case "from_fitting" -> m.vent_fitting();
      default -> m.vent_none();
    };
    return "1".equals(or(f, "hepa_option", "0")) ? m.with_hepa(type, or(f, "hepa_amount", "?")) : type;
  }

  private static String or(FormFields fields, String name, String fallback) {
    String value = fields.get(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
