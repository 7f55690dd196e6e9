package io.caimira.model.co2;

import java.util.Arrays;

/**
 * The result of fitting the CO₂ model to measured concentrations ({@link Co2DataModel#fit()}).
 * Arrays are copied on the way in and out, so a result cannot be changed after it is made.
 *
 * @param exhalationRate fitted exhalation rate of one person [m³/h]
 * @param ventilationValues fitted air-change rate of each ventilation interval [h⁻¹]
 * @param roomCapacity the room capacity used for the per-person flow rates (null when unknown)
 * @param ventilationLsValues the air-change rates as flow rates: ACH / 3600 · V · 1000 [L/s]
 * @param ventilationLspValues the flow rates per person (L/s ÷ capacity) [L/s/person], null when
 *     the capacity is null or 0
 * @param predictedCo2 concentration predicted by the fitted model at every input time [ppm], in the
 *     order of the input
 */
public record Co2Fit(
    double exhalationRate,
    double[] ventilationValues,
    Integer roomCapacity,
    double[] ventilationLsValues,
    double[] ventilationLspValues,
    double[] predictedCo2) {

  public Co2Fit {
    ventilationValues = ventilationValues.clone();
    ventilationLsValues = ventilationLsValues.clone();
    ventilationLspValues = ventilationLspValues == null ? null : ventilationLspValues.clone();
    predictedCo2 = predictedCo2.clone();
  }

  @Override
  public double[] ventilationValues() {
    return ventilationValues.clone();
  }

  @Override
  public double[] ventilationLsValues() {
    return ventilationLsValues.clone();
  }

  @Override
  public double[] ventilationLspValues() {
    return ventilationLspValues == null ? null : ventilationLspValues.clone();
  }

  @Override
  public double[] predictedCo2() {
    return predictedCo2.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Co2Fit f
        && Double.compare(exhalationRate, f.exhalationRate) == 0
        && Arrays.equals(ventilationValues, f.ventilationValues)
        && java.util.Objects.equals(roomCapacity, f.roomCapacity)
        && Arrays.equals(ventilationLsValues, f.ventilationLsValues)
        && Arrays.equals(ventilationLspValues, f.ventilationLspValues)
        && Arrays.equals(predictedCo2, f.predictedCo2);
  }

  @Override
  public int hashCode() {
    int h = Double.hashCode(exhalationRate);
    h = 31 * h + Arrays.hashCode(ventilationValues);
    h = 31 * h + java.util.Objects.hashCode(roomCapacity);
    h = 31 * h + Arrays.hashCode(ventilationLsValues);
    h = 31 * h + Arrays.hashCode(ventilationLspValues);
    return 31 * h + Arrays.hashCode(predictedCo2);
  }

  @Override
  public String toString() {
    return "Co2Fit[exhalationRate=" + exhalationRate
        + ", ventilationValues=" + Arrays.toString(ventilationValues)
        + ", roomCapacity=" + roomCapacity
        + ", ventilationLsValues=" + Arrays.toString(ventilationLsValues)
        + ", ventilationLspValues=" + Arrays.toString(ventilationLspValues)
        + ", predictedCo2=" + predictedCo2.length + " values]";
  }
}
