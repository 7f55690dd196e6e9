package io.caimira.model.co2;

/**
 * Outcome of a {@link BoundedPowell} minimisation.
 *
 * @param point the best point found (a fresh array)
 * @param value objective value at {@code point}
 * @param iterations completed Powell iterations (sweeps over all directions)
 * @param evaluations objective evaluations
 * @param status why the search stopped
 */
public record PowellResult(
    double[] point, double value, int iterations, int evaluations, Status status) {

  /** Termination reasons, numbered as scipy's {@code OptimizeResult.status} for Powell. */
  public enum Status {
    /** Relative decrease of the objective over one iteration fell below ftol. */
    CONVERGED(0),
    /** The evaluation budget was exhausted. */
    MAX_EVALUATIONS(1),
    /** The iteration budget was exhausted. */
    MAX_ITERATIONS(2),
    /** The objective or the point became NaN. */
    NAN(3),
    /** The final point lies outside the bounds (only possible when x0 was outside). */
    OUT_OF_BOUNDS(4);

    private final int code;

    Status(int code) {
      this.code = code;
    }

    /** scipy's numeric status code. */
    public int code() {
      return code;
    }
  }

  /** True when the search converged (scipy's {@code success}). */
  public boolean converged() {
    return status == Status.CONVERGED;
  }
}
