package io.caimira.webapp.form;

import io.caimira.calculator.InputError;
import io.caimira.calculator.build.Vaccines;
import io.caimira.calculator.input.ActivityType;
import io.caimira.calculator.input.Choices;
import io.caimira.calculator.input.Co2Fields;
import io.caimira.calculator.input.FieldSpec;
import io.caimira.calculator.input.Range;
import io.caimira.calculator.input.VaccinationInput;
import io.caimira.calculator.input.VirusFields;
import io.caimira.model.population.PhysicalActivity;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The value lists and defaults of the form's controls, taken from the calculator's input contract so that the form
 * offers exactly what the server accepts and starts from the server's defaults (a shared link never changes a
 * value the server would have defaulted). Templates reach it as {@code inject:formChoices}.
 */
@Singleton
@Named("formChoices")
public class FormChoices {
  /** Activities of the registry that the form does not offer in its list (upstream's exclusions). */
  private static final Set<String> NOT_LISTED = Set.of("precise", "household-day", "household-night",
      "primary-school", "secondary-school", "university", "restaurant");

  /** A choice: the submitted value, and the label or message key that shows it. */
  public record Option(String value, String label) {}

  /** The server default of a field as the form writes it ("" when it has none). */
  public String defaultOf(String field) {
    return VirusFields.ALL.stream().filter(f -> f.name().equals(field)).findFirst()
        .map(FieldSpec::defaultValue).filter(Objects::nonNull).map(FormChoices::formValue).orElse("");
  }

  /** The lower bound of a number field's range as an input's {@code min} attribute ("" when it has none). */
  public String minOf(String field) {
    return range(field).map(r -> Range.number(r.min())).orElse("");
  }

  /** The upper bound of a number field's range as an input's {@code max} attribute ("" when it has none). */
  public String maxOf(String field) {
    return range(field).map(r -> Range.number(r.max())).orElse("");
  }

  private static java.util.Optional<Range> range(String field) {
    return Stream.concat(VirusFields.ALL.stream(), Co2Fields.ALL.stream()).filter(f -> f.name().equals(field))
        .map(FieldSpec::range).filter(Objects::nonNull).findFirst();
  }

  private static String formValue(Object value) {
    if (value instanceof Boolean b) {
      return b ? "1" : "0";
    }
    if (value instanceof Double d && d == Math.rint(d)) {
      return Long.toString(d.longValue());
    }
    return value.toString();
  }

  /** Virus variants; the label is a message key. */
  public List<Option> virusTypes() {
    return Choices.VIRUS_TYPES.stream().map(v -> new Option(v, "virus_" + v)).toList();
  }

  public List<Option> vaccineTypes() {
    return Choices.VACCINE_TYPES.stream().map(v -> new Option(v, v.replace('_', ' '))).toList();
  }

  public List<Option> boosterTypes() {
    return Choices.VACCINE_BOOSTER_TYPES.stream().map(v -> new Option(v, v.replace('_', ' '))).toList();
  }

  /**
   * The primary series after which a booster has effectiveness data, space-separated (the script offers a booster
   * only after those); "Other" goes with every primary series.
   */
  public String primariesOf(String booster) {
    return String.join(" ", Choices.VACCINE_TYPES.stream().filter(p -> hasData(p, booster)).toList());
  }

  private static boolean hasData(String primary, String booster) {
    try {
      Vaccines.hostImmunity(new VaccinationInput(true, primary, true, booster));
      return true;
    } catch (InputError e) {
      return false;
    }
  }

  /** A vaccine option's label in the page's language ({@code lang}: "en", "fr"). */
  public String vaccineLabel(String label, String lang) {
    return VaccineNames.localized(label, Locale.forLanguageTag(lang == null ? "en" : lang));
  }

  /** The activities of the list; the label is a message key. */
  public List<Option> activities() {
    return ActivityType.keys().stream().filter(k -> !NOT_LISTED.contains(k))
        .map(k -> new Option(k, "activity_" + k.replace('-', '_'))).toList();
  }

  /** Physical activities of a precise activity (value and label are the registry name). */
  public List<Option> physicalActivities() {
    return Arrays.stream(PhysicalActivity.values()).map(p -> new Option(p.label(), "phys_" + p.name())).toList();
  }

  /** Expiration types; the label is a message key. */
  public List<Option> expirations() {
    return Choices.EXPIRATIONS.stream().map(e -> new Option(e, "exp_" + e)).toList();
  }

  /** Masks; the label is a message key. */
  public List<Option> masks() {
    return Choices.MASK_TYPES.stream()
        .map(m -> new Option(m, "mask_" + m.toLowerCase(Locale.ROOT).replace(' ', '_'))).toList();
  }

  /** Months: the submitted English name and the month number (1–12) for the localised label. */
  public List<Option> months() {
    return Choices.MONTH_NAMES.stream()
        .map(m -> new Option(m, Integer.toString(Choices.MONTH_NAMES.indexOf(m) + 1))).toList();
  }

  /** The localised name of a month (1–12). */
  public String monthName(String number, String language) {
    return java.time.Month.of(Integer.parseInt(number))
        .getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, Locale.forLanguageTag(language));
  }

  public List<String> ascertainmentBias() {
    return Choices.ASCERTAINMENT_BIAS;
  }
}
