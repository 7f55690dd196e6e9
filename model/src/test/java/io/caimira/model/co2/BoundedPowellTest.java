package io.caimira.model.co2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import java.util.stream.Stream;

/**
 * Bounded Powell against scipy. Every expected point, value, iteration and evaluation count below
 * was produced by {@code scipy.optimize.minimize(f, np.ones(n), method='powell', bounds=[(0, None)]
 * * n, options={'xtol': 1e-3})} with scipy 1.17.1 / numpy 2.4.6 (whose Powell and fminbound code
 * paths are unchanged since scipy 1.10). Tolerance: 1e-9 absolute on coordinates and value, plus
 * identical iteration and evaluation counts, i.e. the same search path.
 */
class BoundedPowellTest {
  private static final double TOL = 1e-9;

  private static final double[] T = linspace(0, 5, 26);

  static Stream<Arguments> scipyCases() {
    return Stream.of(
        // interior minimum x = 3, n = 1
        Arguments.of("interior1", 1, (ToDoubleFunction<double[]>) x -> sq(x[0] - 3),
            new double[] {3.0000000000081615}, 6.660961702285924e-23, 4, 55),
        // minimum of the unconstrained problem at -2: on the bound x = 0, n = 1
        Arguments.of("bound1", 1, (ToDoubleFunction<double[]>) x -> sq(x[0] + 2) + 1,
            new double[] {6.042882839871011e-10}, 5.000000002417153, 3, 89),
        // Rosenbrock variant, interior minimum (2, 4)
        Arguments.of("rosen2", 2, (ToDoubleFunction<double[]>) BoundedPowellTest::rosenbrock,
            new double[] {1.999999115521261, 3.9999962576207855}, 4.962897952710351e-12, 14, 363),
        // a whole line of minima x0 + x1 = 3: the point found depends on the search path
        Arguments.of("flat2", 2, (ToDoubleFunction<double[]>) x -> sq(x[0] + x[1] - 3),
            new double[] {2.000118578351852, 0.9998814216481485}, 1.9721522630525295e-31, 2, 66),
        Arguments.of("quad3", 3, quad(new double[] {2, -1, 0.5}, new double[] {1, 2, 3}),
            new double[] {1.6809005881209491, 3.468815151666444e-10, 0.6073270689739975},
            2.482149765556801, 3, 177),
        Arguments.of("quad4", 4, quad(new double[] {2, -1, 0.5, 3}, new double[] {1, 2, 3, 0.5}),
            new double[] {2.125103950958321, 1.4569594813073557e-10, 0.5000534170606057,
                2.6718808730136017},
            2.1591715891831447, 3, 226),
        Arguments.of("quad5", 5,
            quad(new double[] {-2, -1, 0.5, 3, 1.5}, new double[] {1, 2, 3, 0.5, 1}),
            new double[] {0.0002484994843459555, 1.1875340036340506e-07, 0.5000618311397524,
                3.000045235231896, 1.1538661146575144},
            6.520053294389024, 3, 234),
        Arguments.of("quad6", 6,
            quad(new double[] {2, -1, 0.5, 3, -0.2, 4}, new double[] {1, 2, 3, 0.5, 1, 2}),
            new double[] {2.3990711653402452, 0.0003859011760437678, 0.5000527759898794,
                3.0000032043132903, 0.0006070851301637052, 3.7114516273487714},
            2.8842679783529603, 3, 292),
        // CO2-like fit: root of the sum of squared residuals of a saturating exponential. The
        // scipy objective here is a plain Python loop (sequential sum, math.exp) like ours: with
        // numpy's pairwise np.sum the last bits differ and scipy takes 497 evaluations instead.
        Arguments.of("expfit2", 2, (ToDoubleFunction<double[]>) BoundedPowellTest::expFit,
            new double[] {2.9999999971126026, 0.7000000015419661}, 5.716955129991152e-07, 10,
            492));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scipyCases")
  void reproducesScipyPowellWithNonNegativeBounds(String name, int n,
      ToDoubleFunction<double[]> f, double[] expectedX, double expectedF, int nit, int nfev) {
    PowellResult r = BoundedPowell.minimiseNonNegative(f, n);

    assertThat(r.iterations()).isEqualTo(nit);
    assertThat(r.evaluations()).isEqualTo(nfev);
    assertThat(r.point()).containsExactly(expectedX, within(TOL));
    // expfit2's optimal value (~5e-7) is rounding noise of ~700 ppm residuals (exp differs in the
    // last bit between libm and Java), so it is only checked to 1e-7.
    assertThat(r.value()).isCloseTo(expectedF, within(name.equals("expfit2") ? 1e-7 : TOL));
    assertThat(r.status()).isEqualTo(PowellResult.Status.CONVERGED);
    assertThat(java.util.Arrays.stream(r.point()).min().getAsDouble()).isGreaterThanOrEqualTo(0.0);
  }

  @Test
  void stopsOnEvaluationBudgetKeepingLastAcceptedPoint() {
    // scipy: options={'xtol': 1e-3, 'maxfev': 50, 'maxiter': 2000} → status 1, nit 1, nfev 50
    PowellResult r =
        new BoundedPowell(1e-3, 1e-4, 2000, 50)
            .minimise(BoundedPowellTest::rosenbrock, new double[] {1, 1}, new double[] {0, 0},
                new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY});

    assertThat(r.status()).isEqualTo(PowellResult.Status.MAX_EVALUATIONS);
    assertThat(r.evaluations()).isEqualTo(50);
    assertThat(r.iterations()).isEqualTo(1);
    assertThat(r.point())
        .containsExactly(new double[] {1.1510949010152038, 1.3250152559231865}, within(TOL));
    assertThat(r.value()).isCloseTo(0.7206398688591945, within(TOL));
  }

  @Test
  void boxBoundsOnBothSides() {
    // scipy: x0 = [0.5, 0.5, 0.5], bounds [(0, 1), (0, 1), (0.6, 2)], xtol 1e-3 → nit 3, nfev 202
    PowellResult r =
        new BoundedPowell(1e-3, 1e-4, 3000, 3000)
            .minimise(quad(new double[] {2, -1, 0.5}, new double[] {1, 2, 3}),
                new double[] {0.5, 0.5, 0.5}, new double[] {0, 0, 0.6}, new double[] {1, 1, 2});

    assertThat(r.point())
        .containsExactly(
            new double[] {0.9996003185236044, 7.283731965908494e-11, 0.600634370094469},
            within(TOL));
    assertThat(r.value()).isCloseTo(3.0789335007241423, within(TOL));
    assertThat(r.iterations()).isEqualTo(3);
    assertThat(r.evaluations()).isEqualTo(202);
  }

  @Test
  void upstreamSettingsScaleWithDimension() {
    // 1000·n budget: a 3-unknown objective converges well within it
    PowellResult r = BoundedPowell.minimiseNonNegative(x -> sq(x[0] - 1) + sq(x[1]) + sq(x[2]), 3);
    assertThat(r.evaluations()).isLessThan(3000);
    assertThat(r.converged()).isTrue();
  }

  @Test
  void objectiveReceivesCopies() {
    PowellResult r =
        BoundedPowell.minimiseNonNegative(
            x -> {
              double v = sq(x[0] - 2);
              x[0] = -100; // must not disturb the search
              return v;
            },
            1);
    assertThat(r.point()[0]).isCloseTo(2.0, within(1e-3)); // xtol 1e-3
  }

  @Test
  void rejectsUnboundedCoordinateAndBadShapes() {
    BoundedPowell p = BoundedPowell.co2FitSettings(2);
    double inf = Double.POSITIVE_INFINITY;
    assertThatThrownBy(
            () -> p.minimise(x -> 0, new double[] {1, 1}, new double[] {0, -inf},
                new double[] {inf, inf}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finite bound");
    assertThatThrownBy(
            () -> p.minimise(x -> 0, new double[] {1}, new double[] {0, 0}, new double[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BoundedPowell.co2FitSettings(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static double sq(double v) {
    return v * v;
  }

  static double rosenbrock(double[] x) {
    return 100 * sq(x[1] - x[0] * x[0]) + sq(2 - x[0]);
  }

  /** Σ cᵢ(xᵢ − mᵢ)² + 0.3·(x₀ − x_last)², evaluated in scipy's (numpy) order. */
  static ToDoubleFunction<double[]> quad(double[] m, double[] c) {
    return x -> {
      double s = 0;
      for (int i = 0; i < x.length; i++) {
        s += c[i] * sq(x[i] - m[i]);
      }
      return s + 0.3 * sq(x[0] - x[x.length - 1]);
    };
  }

  /** ‖y − (400 + 100·a·(1 − e^(−k t)))‖₂ with y generated by a = 3, k = 0.7 on t = 0, 0.2, …, 5. */
  static double expFit(double[] x) {
    double s = 0;
    for (double t : T) {
      double y = 400 + 300 * (1 - Math.exp(-0.7 * t));
      double m = 400 + 100 * x[0] * (1 - Math.exp(-x[1] * t));
      s += sq(y - m);
    }
    return Math.sqrt(s);
  }

  private static double[] linspace(double a, double b, int n) {
    double[] out = new double[n];
    double step = (b - a) / (n - 1);
    for (int i = 0; i < n; i++) {
      out[i] = a + i * step;
    }
    out[n - 1] = b;
    return out;
  }
}
