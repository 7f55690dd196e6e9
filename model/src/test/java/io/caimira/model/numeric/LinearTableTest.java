package io.caimira.model.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link LinearTable} answers exactly what {@link Grids#interp} answers (bit for bit), on and between the points. */
class LinearTableTest {

  @Test
  void evenGridAnswersExactlyAsInterp() {
    double[] xp = Grids.linspace(2.1537, 9.7311, 30);
    double[] fp = new double[xp.length];
    for (int i = 0; i < fp.length; i++) {
      fp[i] = Math.sin(xp[i]) + 1.5;
    }
    assertSameAsInterp(xp, fp);
  }

  @Test
  void unevenGridAnswersExactlyAsInterp() {
    double[] xp = {0.5, 0.6, 0.7, 0.8, 1.3, 1.31, 1.9, 4.0};
    double[] fp = {0.06, 0.09, 0.13, 0.1, 0.04, 0.04, 0.018, 0.02};
    assertSameAsInterp(xp, fp);
  }

  private static void assertSameAsInterp(double[] xp, double[] fp) {
    LinearTable table = new LinearTable(xp, fp, -1.0, -2.0);
    SplittableRandom random = new SplittableRandom(7);
    double lo = xp[0];
    double hi = xp[xp.length - 1];
    for (int k = 0; k < 200_000; k++) {
      double x = lo - 0.5 + (hi - lo + 1.0) * random.nextDouble();
      assertThat(table.at(x)).as("x = %s", x).isEqualTo(Grids.interp(x, xp, fp, -1.0, -2.0));
    }
    for (double x : xp) {
      for (double y : new double[] {x, Math.nextDown(x), Math.nextUp(x)}) {
        assertThat(table.at(y)).as("x = %s", y).isEqualTo(Grids.interp(y, xp, fp, -1.0, -2.0));
      }
    }
    assertThat(table.at(Double.NaN)).isNaN();
  }
}
