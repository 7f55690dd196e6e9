package io.caimira.model.co2;

/** Python float arithmetic that differs from a naive Java translation. */
final class PythonFloat {
  private PythonFloat() {}

  /**
   * Python's {@code a // b} for floats: the floor of the exact quotient, derived from fmod so that
   * e.g. {@code 60 // 0.1 == 599.0} (whereas {@code Math.floor(60 / 0.1) == 600}).
   */
  static double floorDiv(double a, double b) {
    if (b == 0) {
      throw new ArithmeticException("float floor division by zero");
    }
    double mod = a % b;
    double div = (a - mod) / b;
    if (mod != 0 && ((b < 0) != (mod < 0))) {
      div -= 1.0;
    }
    if (div == 0) {
      return Math.copySign(0.0, a / b);
    }
    double floor = Math.floor(div);
    if (div - floor > 0.5) {
      floor += 1.0;
    }
    return floor;
  }
}
