package io.caimira.webapp.co2;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * A fit as stored in the form's {@code CO2_fitting_result}, ready for display (numbers to 3 significant digits).
 *
 * @param exhalationRate [m³/h], 2 decimals
 * @param roomCapacity the capacity given, or null
 * @param intervals one per fitted ventilation interval
 */
public record StoredFit(String exhalationRate, Integer roomCapacity, List<Interval> intervals) {

  /**
   * @param from start of the interval (HH:MM)
   * @param to end of the interval (HH:MM)
   * @param ach air changes per hour
   * @param flow flow rate [L/s]
   * @param flowPerPerson flow rate per person of the capacity [L/s/person], or null
   */
  public record Interval(String from, String to, String ach, String flow, String flowPerPerson) {}

  static String significant(double value) {
    return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }

  /** Whether any interval has a flow rate per person. */
  public boolean perPerson() {
    return intervals.stream().anyMatch(i -> i.flowPerPerson() != null);
  }
}
