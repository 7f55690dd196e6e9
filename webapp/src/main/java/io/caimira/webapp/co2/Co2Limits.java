package io.caimira.webapp.co2;

import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * The limits of the CO₂ upload, for the dialog's help text, and the plausible ranges of a fit ({@link
 * io.caimira.calculator.co2.FitPlausibility}), for the form's summary of a stored fit ({@code inject:co2Limits}).
 */
@Singleton
@Named("co2Limits")
public class Co2Limits {
  /** The largest sensor file accepted, in kB. */
  public long maxKb() {
    return SensorFiles.MAX_BYTES / 1024;
  }

  /** Smallest plausible exhalation rate [m³/h], as a JavaScript number. */
  public String minExhalation() {
    return String.valueOf(io.caimira.calculator.co2.FitPlausibility.MIN_EXHALATION);
  }

  /** Largest plausible exhalation rate [m³/h], as a JavaScript number. */
  public String maxExhalation() {
    return String.valueOf(io.caimira.calculator.co2.FitPlausibility.MAX_EXHALATION);
  }

  /** Largest plausible air changes [h⁻¹], as a JavaScript number. */
  public String maxAirChanges() {
    return String.valueOf(io.caimira.calculator.co2.FitPlausibility.MAX_AIR_CHANGES);
  }
}
