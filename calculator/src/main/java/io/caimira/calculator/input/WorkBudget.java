package io.caimira.calculator.input;

import io.caimira.calculator.InputError;
import io.caimira.calculator.Message;
import io.caimira.calculator.MessageKey;

/**
 * What a report or a CO₂ fit will cost, estimated from the parsed input before any model is built, and the refusal
 * of what exceeds {@link InputLimits#MAX_REPORT_WORK}, {@link InputLimits#MAX_REPORT_MEMORY} or
 * {@link InputLimits#MAX_CO2_FIT_WORK}.
 */
public final class WorkBudget {
  private WorkBudget() {}

  /** Models of a report: one exposure model per group (one without occupancy) and one per interaction. */
  public static int models(VirusInput input) {
    int groups = Math.max(1, input.population().occupancy().size());
    return groups + input.shortRange().interactions().size();
  }

  /**
   * An upper bound of the report's time-grid points: 15 per hour of the day, plus every key time the input can
   * make (presence and break ends, interaction ends, window openings and closings over the whole day, fitted
   * ventilation changes).
   */
  public static long gridPoints(VirusInput input) {
    long keys = 8;
    PopulationInput p = input.population();
    keys += 8 * 2; // lunch and up to four coffee breaks, exposed and infected (start and finish)
    if (p.specificBreaks() != null) {
      keys += 2L * (p.specificBreaks().exposed().size() + p.specificBreaks().infected().size());
    }
    for (OccupancyGroup g : p.occupancy()) {
      keys += 2L * g.presence().size();
    }
    keys += 2L * input.shortRange().interactions().size();
    VentilationInput v = input.ventilation();
    if (v.type() == VentilationInput.Type.NATURAL && v.periodicOpening() && v.windowsFrequency() > 0) {
      keys += 2 * (long) Math.ceil(24 * 60 / v.windowsFrequency());
    }
    if (v.fitting() != null) {
      keys += v.fitting().transitionTimes().size();
    }
    return 24L * 15 + keys;
  }

  /** Samples × models × grid points. */
  public static double reportWork(VirusInput input, int sampleSize) {
    return (double) sampleSize * models(input) * gridPoints(input);
  }

  /**
   * An upper bound of the sample-sized arrays (one double per Monte-Carlo sample) a report holds at its peak,
   * fitted with margin to the smallest heap that computed each of these reports (docs/performance.md "Memory"):
   * 24 for the room, the infected and the curves; 2.2 per exposed group (its exposed population and walk); 3.5 per
   * short-range interaction (its diameters, distances and dilution factors, and one interaction's temporaries);
   * with the alternative scenarios, 10 more and 2 per group.
   */
  public static double sampleArrays(VirusInput input, boolean alternatives) {
    int groups = Math.max(1, input.population().occupancy().size());
    int interactions = input.shortRange().interactions().size();
    return 24 + 2.2 * groups + 3.5 * interactions + (alternatives ? 10 + 2.0 * groups : 0);
  }

  /** {@link #sampleArrays} in bytes for {@code sampleSize} samples. */
  public static double reportMemory(VirusInput input, int sampleSize, boolean alternatives) {
    return sampleArrays(input, alternatives) * sampleSize * Double.BYTES;
  }

  /**
   * Refuses a report whose estimated work exceeds {@link InputLimits#MAX_REPORT_WORK} or whose estimated memory
   * exceeds {@link InputLimits#MAX_REPORT_MEMORY}; the error names the field that makes it large.
   */
  public static void checkReport(VirusInput input, int sampleSize, boolean alternatives) {
    checkReport(input, sampleSize, alternatives, InputLimits.MAX_REPORT_MEMORY);
  }

  /** As {@link #checkReport(VirusInput, int, boolean)} with another memory bound (bytes). */
  public static void checkReport(VirusInput input, int sampleSize, boolean alternatives, long maxMemory) {
    double work = reportWork(input, sampleSize);
    if (work > InputLimits.MAX_REPORT_WORK) {
      String field = !input.shortRange().interactions().isEmpty() ? ShortRangeParser.FIELD
          : input.population().hasOccupancy() ? OccupancyParser.FIELD
          : input.ventilation().periodicOpening() ? "windows_frequency" : "samples";
      throw new InputError(field, Message.of(MessageKey.REPORT_TOO_LARGE, sampleSize, models(input),
          gridPoints(input), String.format(java.util.Locale.ROOT, "%.2g", work),
          Range.number(InputLimits.MAX_REPORT_WORK)));
    }
    double memory = reportMemory(input, sampleSize, alternatives);
    if (memory > maxMemory) {
      int interactions = input.shortRange().interactions().size();
      String field = interactions > 0 ? ShortRangeParser.FIELD
          : input.population().hasOccupancy() ? OccupancyParser.FIELD : "samples";
      throw new InputError(field, Message.of(MessageKey.REPORT_TOO_MUCH_MEMORY,
          Math.round(memory / (1 << 20)), sampleSize, Math.max(1, input.population().occupancy().size()),
          interactions, maxMemory >> 20));
    }
  }

  /** Refuses a CO₂ fit of more than {@link InputLimits#MAX_CO2_FIT_WORK} samples × intervals. */
  public static void checkCo2Fit(Co2Input input) {
    long points = input.data().times().length;
    long intervals = Math.max(1, input.fittingVentilationStates().size());
    if (points * intervals > InputLimits.MAX_CO2_FIT_WORK) {
      throw new InputError("fitting_ventilation_states", Message.of(MessageKey.CO2_FIT_TOO_LARGE, points,
          intervals, InputLimits.MAX_CO2_FIT_WORK));
    }
  }
}
