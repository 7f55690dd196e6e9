package io.caimira.calculator.input;

import java.util.Arrays;

/** CO₂ sensor data: sample times [h] and concentrations [ppm], same length (at least two). */
public record Co2Data(double[] times, double[] co2) {
  public Co2Data {
    times = times.clone();
    co2 = co2.clone();
  }

  @Override
  public double[] times() {
    return times.clone();
  }

  @Override
  public double[] co2() {
    return co2.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Co2Data d && Arrays.equals(times, d.times) && Arrays.equals(co2, d.co2);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(times) + Arrays.hashCode(co2);
  }

  @Override
  public String toString() {
    return "Co2Data[" + times.length + " samples]";
  }
}
