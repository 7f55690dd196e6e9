package io.caimira.model.aerosol;

import static io.caimira.model.Tolerance.assertRelClose;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.caimira.model.sample.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Port of upstream caimira/tests/test_expiration.py, deterministic part (physics.md §1.7).
 *
 * <p>Not ported here: test_expiration_aerosols (Monte-Carlo aerosol volume of the BLO distribution against the
 * analytic log-normal moment, rtol 1e-2), covered with the sampling code by another test suite.
 */
class MultipleExpirationTest {

  @Test
  void weightsMustMatchTheExpirations() {
    // upstream test_multiple_wrong_weight_size. Upstream's message is "expirations and weigths must contain
    // thesame number of elements" (sic); ours is spelt correctly, so only its substance is checked.
    Expiration e = Expiration.of(2.5);
    assertThatThrownBy(() -> new MultipleExpiration(List.of(e, e), List.of(1.0, 2.0, 3.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expirations and weights")
        .hasMessageContaining("same number of elements");
  }

  @Test
  void diametersMustBeScalars() {
    // upstream test_multiple_wrong_diameters: exact message
    Expiration e1 = new Expiration(Samples.of(1.0, 1.0), 1.0, null);
    Expiration e2 = Expiration.of(1.0);
    Expiration e3 = Expiration.of(2.0);
    assertThatThrownBy(() -> new MultipleExpiration(List.of(e1, e2, e3), List.of(1.0, 2.0, 3.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("diameters must all be scalars");
  }

  @Test
  void aerosolsAreTheWeightedMean() {
    // upstream test_multiple: Breathing and Singing with equal weights, Type I mask. Upstream uses
    // assert_almost_equal (decimal 7), which is vacuous for volumes of order 1e-12 mL/cm³, so a relative
    // tolerance of 1e-12 is used instead.
    Mask typeI = Mask.of(0.5);
    Expiration breathing = ExpirationType.BREATHING.fixed();
    Expiration singing = ExpirationType.SINGING.fixed();
    double b = breathing.aerosols(typeI).scalar();
    double s = singing.aerosols(typeI).scalar();
    MultipleExpiration equal = new MultipleExpiration(List.of(breathing, singing), List.of(1.0, 1.0));
    assertRelClose(equal.aerosols(typeI).scalar(), (b + s) / 2, 1e-12);

    // unequal weights (not in upstream): 1/3 breathing, 2/3 singing
    MultipleExpiration weighted = new MultipleExpiration(List.of(breathing, singing), List.of(1.0, 2.0));
    assertRelClose(weighted.aerosols(typeI).scalar(), (b + 2 * s) / 3, 1e-12);
  }
}
