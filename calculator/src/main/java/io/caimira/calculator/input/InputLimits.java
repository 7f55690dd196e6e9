package io.caimira.calculator.input;

/**
 * Every size limit of the calculator's inputs in one place (docs/api.md, "Limits", lists them with their reasons).
 * They are checked while the input is read, before any model is built: a request beyond them is a 400 naming the
 * input key. The work budget of a whole report is {@link WorkBudget}.
 */
public final class InputLimits {
  private InputLimits() {}

  // Tokens: checked before a value is parsed or copied.
  /** Longest text of a number given as a string ("293.", "1e3"): far above any double's 24 characters. */
  public static final int MAX_NUMBER_TEXT = 100;
  /** Longest value of a free-text input (names, version, sensor, humidity). */
  public static final int MAX_STRING = 1_000;
  /**
   * Longest JSON text of an object or array input given as a string (a CO₂ series of a day at one sample per second
   * takes about 2.5 MB).
   */
  public static final int MAX_JSON_TEXT = 8_000_000;
  /** Deepest nesting of a JSON input given as a string (the deepest valid input nests 4 levels). */
  public static final int MAX_JSON_DEPTH = 32;
  /** How much of a bad value an error message quotes. */
  public static final int MAX_QUOTED = 80;

  // Structure of the virus report.
  /** Occupancy groups (each is a Monte-Carlo exposure model of its own). */
  public static final int MAX_OCCUPANCY_GROUPS = 50;
  /** Presence intervals of one occupancy group. */
  public static final int MAX_PRESENCE_INTERVALS = 48;
  /** Breaks of the exposed, and of the infected, in {@code specific_breaks}. */
  public static final int MAX_SPECIFIC_BREAKS = 48;
  /** Short-range interactions in all (each is a Monte-Carlo model of its own). */
  public static final int MAX_SHORT_RANGE_INTERACTIONS = 30;
  /** Shortest short-range interaction [min] (upstream's form: min=1). */
  public static final double MIN_SHORT_RANGE_DURATION = 1;
  /** Longest short-range interaction [min]: a day. */
  public static final double MAX_SHORT_RANGE_DURATION = 1440;
  /** Entries of {@code precise_activity.respiratory_activity} (four expirations exist). */
  public static final int MAX_RESPIRATORY_ENTRIES = 16;
  /** Transition times of {@code CO2_fitting_result}. */
  public static final int MAX_FITTING_TRANSITIONS = 1_000;
  /** Largest air-change rate of a fitted ventilation interval [h⁻¹]: ten times {@code air_changes} (noisy fits). */
  public static final double MAX_FITTED_AIR_CHANGES = 10_000;

  // CO₂ inputs.
  /** CO₂ samples: a day at one sample per second. */
  public static final int MAX_CO2_POINTS = 86_401;
  /** Ventilation transition times given for the fit. */
  public static final int MAX_VENTILATION_STATES = 200;
  /** Sample and transition times [h]: a day, and the next (a series that runs past midnight). */
  public static final Range CO2_TIME = new Range(0, 48, "h", "port: the day of the event and the next");
  /** Outside temperatures a user may give [°C]: the coldest and hottest air temperatures measured on Earth. */
  public static final Range OUTSIDE_CELSIUS = new Range(-90, 60, "°C", "physics: the extremes measured on Earth");
  /** CO₂ concentrations [ppm]: 0 to 10 %, beyond any indoor measurement (outdoors ≈ 420 ppm). */
  public static final Range CO2_PPM = new Range(0, 100_000, "ppm", "physics: 0 to 10 % CO₂");

  /**
   * Largest CO₂ fit: samples × ventilation intervals (the fit evaluates every sample for every interval's rate;
   * about 10 s of one core at the limit). A day of minute data fits with up to 69 intervals, a day of 1 s data
   * with one.
   */
  public static final long MAX_CO2_FIT_WORK = 100_000;

  /** People of one occupancy group (as {@code total_people}; fifty groups cannot overflow an int). */
  public static final Range GROUP_PEOPLE = new Range(0, 1_000_000, "", "as total_people");

  /** Refuses a list or object of more than {@code max} entries, before it is read. */
  static void checkCount(String field, String what, int size, int max) {
    if (size > max) {
      throw new io.caimira.calculator.InputError(field,
          io.caimira.calculator.Message.of(io.caimira.calculator.MessageKey.TOO_MANY_ENTRIES, what, max, size));
    }
  }

  // The report as a whole.
  /**
   * Largest report: Monte-Carlo samples × models (groups + short-range interactions) × estimated time-grid points.
   * The office example at the default 250 000 samples costs 3.4e7; the limit is about 20 s of one core.
   */
  public static final double MAX_REPORT_WORK = 1e10;

  /**
   * Largest estimate of the sample-sized arrays a report holds at once ({@link WorkBudget#sampleArrays}), in bytes:
   * 288 MiB: 30 short-range interactions or 50 occupancy groups at the default 250 000 samples. The API's
   * heap set aside per report ({@code caimira.reports.heap-per-report}) covers it.
   */
  public static final long MAX_REPORT_MEMORY = 288L << 20;
}
