package io.caimira.model.aerosol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** BLO model: cn table of physics.md §1.7 (computed upstream with scipy.special.erf) and factor blends. */
class BloModelTest {

  @ParameterizedTest
  @CsvSource({
    // type, cn long range [0.1, 20], cn short range [0.1, 100] (physics.md §1.7 table)
    "Breathing, 0.06, 0.06",
    "Speaking, 0.2598508184, 0.2602628788",
    "Singing, 1.059254092, 1.061314394",
    "Shouting, 1.059254092, 1.061314394"
  })
  void cnTable(String type, double longRange, double shortRange) {
    ExpirationType t = ExpirationType.fromLabel(type);
    // Relative 1e-9: the table is quoted to 10 significant digits.
    assertThat(ExpirationDistribution.longRange(t).cn()).isCloseTo(longRange, within(1e-9 * longRange));
    assertThat(ExpirationDistribution.shortRange(t).cn())
        .isCloseTo(shortRange, within(1e-9 * shortRange));
  }

  @Test
  void integralMatchesQuadratureOfPdf() {
    // Consistency of pdf and erf integral: composite Simpson on ln d (200 000 intervals), rtol 1e-9.
    BloModel m = new BloModel(BloFactors.SINGING);
    double a = Math.log(0.1);
    double b = Math.log(100);
    int n = 200_000;
    double h = (b - a) / n;
    double sum = 0;
    for (int i = 0; i <= n; i++) {
      double u = a + i * h;
      double w = (i == 0 || i == n) ? 1 : (i % 2 == 1 ? 4 : 2);
      sum += w * m.pdf(Math.exp(u)) * Math.exp(u);
    }
    double simpson = sum * h / 3;
    assertThat(m.integral(0.1, 100)).isCloseTo(simpson, within(1e-9 * simpson));
  }

  @Test
  void blendedFactorsAreWeightNormalised() {
    // physics.md §1.7: office {Speaking: 1, Breathing: 2} → (1, 1/3, 1/3); exact to 1e-15.
    Map<ExpirationType, Integer> office = new LinkedHashMap<>();
    office.put(ExpirationType.SPEAKING, 1);
    office.put(ExpirationType.BREATHING, 2);
    BloFactors f = BloFactors.blend(office);
    Offset<Double> tol = within(1e-15);
    assertThat(f.b()).isCloseTo(1.0, tol);
    assertThat(f.l()).isCloseTo(1.0 / 3, tol);
    assertThat(f.o()).isCloseTo(1.0 / 3, tol);

    Map<ExpirationType, Double> restaurant = new LinkedHashMap<>();
    restaurant.put(ExpirationType.BREATHING, 1.0);
    restaurant.put(ExpirationType.SPEAKING, 9.0);
    BloFactors r = BloFactors.blend(restaurant);
    assertThat(r.l()).isCloseTo(0.9, tol);
    assertThat(BloFactors.blend(Map.of(ExpirationType.SINGING, 3))).isEqualTo(BloFactors.SINGING);
    assertThat(ExpirationDistribution.longRange(office).factors()).isEqualTo(f);
    assertThatThrownBy(() -> BloFactors.blend(Map.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void diameterKernelTable() {
    // physics.md §1.7: 3000 kernel centres on linspace(dmin, dmax), weights = BLO pdf, bandwidth 0.1 µm.
    ExpirationDistribution e = ExpirationDistribution.shortRange(ExpirationType.SPEAKING);
    double[] d = e.diameter().points();
    double[] w = e.diameter().weights();
    assertThat(d).hasSize(3000);
    assertThat(d[0]).isEqualTo(0.1);
    assertThat(d[2999]).isEqualTo(100.0);
    assertThat(w[1234]).isEqualTo(new BloModel(BloFactors.SPEAKING).pdf(d[1234]));
    assertThat(e.diameter().bandwidth()).isEqualTo(0.1);
    assertThat(ExpirationDistribution.shortRange(ExpirationType.SPEAKING)).isSameAs(e);
  }
}
