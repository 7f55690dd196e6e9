package io.caimira.calculator.input;

import java.util.List;

/** The value sets of the enumerated inputs (upstream defaults.py and data registry, CAiMIRA 4.19). */
public final class Choices {
  private Choices() {}

  public static final List<String> COFFEE_OPTIONS =
      List.of("coffee_break_0", "coffee_break_1", "coffee_break_2", "coffee_break_3", "coffee_break_4");

  public static final List<String> MECHANICAL_VENTILATION_TYPES =
      List.of("mech_type_air_changes", "mech_type_air_supply", "not-applicable");

  public static final List<String> MASK_WEARING_OPTIONS = List.of("mask_on", "mask_off");

  /** Masks offered by the calculator ("No mask" is not a choice: it is mask_wearing_option = mask_off). */
  public static final List<String> MASK_TYPES = List.of("Type I", "FFP2", "Cloth");

  public static final List<String> MONTH_NAMES = List.of(
      "January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");

  public static final List<String> VACCINE_BOOSTER_TYPES = List.of(
      "AZD1222_(AstraZeneca)", "Ad26.COV2.S_(Janssen)", "BNT162b2_(Pfizer)", "BNT162b2_(Pfizer)_(4th_dose)",
      "BNT162b2_(Pfizer)_and_mRNA-1273_(Moderna)", "BNT162b2_(Pfizer)_or_mRNA-1273_(Moderna)",
      "BNT162b2_(Pfizer)_or_mRNA-1273_(Moderna)_(4th_dose)", "CoronaVac_(Sinovac)", "Coronavac_(Sinovac)",
      "Sinopharm", "mRNA-1273_(Moderna)", "mRNA-1273_(Moderna)_(4th_dose)", "Other");

  public static final List<String> VACCINE_TYPES = List.of(
      "Ad26.COV2.S_(Janssen)", "Any_mRNA_-_heterologous", "AZD1222_(AstraZeneca)",
      "AZD1222_(AstraZeneca)_and_any_mRNA_-_heterologous", "AZD1222_(AstraZeneca)_and_BNT162b2_(Pfizer)",
      "BBIBP-CorV_(Beijing_CNBG)", "BNT162b2_(Pfizer)", "BNT162b2_(Pfizer)_and_mRNA-1273_(Moderna)",
      "CoronaVac_(Sinovac)", "CoronaVac_(Sinovac)_and_AZD1222_(AstraZeneca)", "Covishield",
      "mRNA-1273_(Moderna)", "Sputnik_V_(Gamaleya)", "CoronaVac_(Sinovac)_and_BNT162b2_(Pfizer)");

  public static final List<String> VENTILATION_TYPES =
      List.of("natural_ventilation", "mechanical_ventilation", "no_ventilation", "from_fitting");

  public static final List<String> VOLUME_TYPES = List.of("room_volume_explicit", "room_volume_from_dimensions");

  public static final List<String> WINDOW_OPENING_REGIMES =
      List.of("windows_open_permanently", "windows_open_periodically", "not-applicable");

  public static final List<String> WINDOW_TYPES = List.of("window_sliding", "window_hinged", "not-applicable");

  public static final List<String> VIRUS_TYPES = List.of(
      "SARS_CoV_2", "SARS_CoV_2_ALPHA", "SARS_CoV_2_BETA", "SARS_CoV_2_GAMMA", "SARS_CoV_2_DELTA",
      "SARS_CoV_2_OMICRON");

  public static final List<String> ASCERTAINMENT_BIAS = List.of("confidence_low", "confidence_medium", "confidence_high");

  /** Expiration types of precise activities and short-range interactions. */
  public static final List<String> EXPIRATIONS = List.of("Breathing", "Speaking", "Singing", "Shouting");

  /** The value enabling short-range interactions (short_range_option is not otherwise checked, as upstream). */
  public static final String SHORT_RANGE_YES = "short_range_yes";

  /** The value enabling the probabilistic exposure (exposure_option is not otherwise checked, as upstream). */
  public static final String PROBABILISTIC_EXPOSURE = "p_probabilistic_exposure";
}
