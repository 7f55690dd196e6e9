package io.caimira.model.co2;

import io.caimira.model.work.Interrupted;
import org.junit.jupiter.api.Test;

/** The cancellation checks of the CO₂ fit and of the change-point search. */
class Co2CancellationTest {
  private static final double[] SERIES = series(50_000);

  private static double[] series(int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = 600 + 200 * Math.sin(i / 50.0) + (i % 7);
    }
    return x;
  }

  @Test
  void thePowellMinimiserChecksBeforeEachEvaluation() {
    Interrupted.onThisThread(() -> BoundedPowell.minimiseNonNegative(x -> (x[0] - 2) * (x[0] - 2), 1),
        "BoundedPowell");
  }

  @Test
  void theRollingMeanStops() {
    Interrupted.onThisThread(() -> RollingMean.centred(SERIES, 25), "RollingMean");
  }

  @Test
  void theProminencesAndWidthsOfPeaksStop() {
    int[] peaks = {100, 400, 700};
    Interrupted.onThisThread(() -> PeakProminences.compute(SERIES, peaks), "PeakProminences");
    Thread.interrupted();
    PeakProminences prominences = PeakProminences.compute(SERIES, peaks);
    Interrupted.onThisThread(() -> PeakWidths.compute(SERIES, peaks, 0.5, prominences), "PeakWidths");
  }
}
