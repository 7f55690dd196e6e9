package io.caimira.webapp.co2;

import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** The limits of the CO₂ upload, for the dialog's help text ({@code inject:co2Limits}). */
@Singleton
@Named("co2Limits")
public class Co2Limits {
  /** The largest sensor file accepted, in kB. */
  public long maxKb() {
    return SensorFiles.MAX_BYTES / 1024;
  }
}
