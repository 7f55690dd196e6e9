package io.caimira.model.concentration;

import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.model.numeric.FixedOrderSums;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The node-by-node Chebyshev moments ({@link ChebyshevMoments}: T_k from the recurrence over pieces of the block,
 * the partial sums carried from piece to piece) give exactly the sums of the plain form (every T_k stored, then one
 * {@link FixedOrderSums#dot} per weight and node over the whole block), for one to five weights and block lengths
 * that are not multiples of four, within one piece and across several. (Fusing the recurrence with the products was
 * tried and measured slower on 2026-12-06.)
 */
class ChebyshevMomentsTest {
  @Test
  void nodeByNodeSumsExactlyAsThePlainForm() {
    SplittableRandom random = new SplittableRandom(8);
    for (int weights = 1; weights <= 5; weights++) {
      for (int n : new int[] {1, 3, 4, 7, 1001, 2 * ChebyshevMoments.PIECE + 3}) {
        double[] a = new double[n];
        double[][] w = new double[weights][n];
        for (int i = 0; i < n; i++) {
          a[i] = random.nextDouble(0.0, 5.0);
          for (int k = 0; k < weights; k++) {
            w[k][i] = random.nextDouble(-1, 3);
          }
        }
        double centre = 2.4;
        double inverseHalfWidth = 1 / 2.6;
        int nodes = SettlingRateInterpolation.NODES;
        double[][] plain = plain(a, w, centre, inverseHalfWidth);
        double[][] nodeByNode = SettlingRateInterpolation.onePanelMoments(a, w, centre, inverseHalfWidth, nodes);
        assertThat(nodeByNode).as("%d weights, %d samples", weights, n).isDeepEqualTo(plain);
        // a range of longer arrays (a panel of gathered samples) sums as a copy of that range
        double[] paddedA = new double[n + 5];
        double[][] paddedW = new double[weights][n + 5];
        System.arraycopy(a, 0, paddedA, 3, n);
        for (int k = 0; k < weights; k++) {
          System.arraycopy(w[k], 0, paddedW[k], 3, n);
          paddedW[k][0] = 1e300;
          paddedW[k][n + 4] = -1e300;
        }
        assertThat(SettlingRateInterpolation.onePanelMoments(paddedA, paddedW, 3, 3 + n, centre, inverseHalfWidth,
            nodes)).isDeepEqualTo(plain);
        // with fewer terms: the same leading moments, the others not formed (0)
        double[][] leading = SettlingRateInterpolation.onePanelMoments(a, w, centre, inverseHalfWidth, 9);
        for (int k = 0; k < weights; k++) {
          assertThat(java.util.Arrays.copyOf(leading[k], 9)).isEqualTo(java.util.Arrays.copyOf(plain[k], 9));
          assertThat(java.util.Arrays.copyOfRange(leading[k], 9, nodes)).containsOnly(0.0);
        }
      }
    }
  }

  /**
   * On several panels, each sample's terms go to the first panel whose upper end is at or above its rate (the last
   * panel beyond them): the sums of each panel are those of its samples gathered in their order and summed on their
   * own, within rounding (the pieces are compacted one by one, so the partial sums take the terms in another order).
   */
  @Test
  void panelByPanelSumsAreThoseOfEachPanelsSamples() {
    SplittableRandom random = new SplittableRandom(9);
    double[] highs = {1.0, 2.5, 5.0};
    double[] centres = {0.5, 1.75, 3.75};
    double[] inverseHalfWidths = {2.0, 1 / 0.75, 1 / 1.25};
    int[] terms = {17, 12, 9};
    int nodes = SettlingRateInterpolation.NODES;
    for (int weights = 1; weights <= 3; weights++) {
      for (int n : new int[] {1, 5, 3 * ChebyshevMoments.PIECE + 7}) {
        double[] a = new double[n];
        double[][] w = new double[weights][n];
        for (int i = 0; i < n; i++) {
          // rates on all three panels, some on a panel's upper end, some beyond the last (rounding overshoots)
          a[i] = i % 11 == 0 ? highs[i % 3] : random.nextDouble(0.0, 5.2);
          for (int k = 0; k < weights; k++) {
            w[k][i] = random.nextDouble(-1, 3);
          }
        }
        ChebyshevMoments.Source[] sources = new ChebyshevMoments.Source[weights];
        for (int k = 0; k < weights; k++) {
          double[] v = w[k];
          sources[k] = (target, from, to) -> System.arraycopy(v, from, target, 0, to - from);
        }
        double[][] panels = new ChebyshevMoments(weights, 3).ofPanels(
            (target, from, to) -> System.arraycopy(a, from, target, 0, to - from), sources, 0, n, highs, centres,
            inverseHalfWidths, terms);
        for (int p = 0; p < 3; p++) {
          int panel = p;
          int[] own = java.util.stream.IntStream.range(0, n).filter(i -> panelOf(highs, a[i]) == panel).toArray();
          double[] ownA = java.util.Arrays.stream(own).mapToDouble(i -> a[i]).toArray();
          double[][] ownW = new double[weights][];
          for (int k = 0; k < weights; k++) {
            double[] v = w[k];
            ownW[k] = java.util.Arrays.stream(own).mapToDouble(i -> v[i]).toArray();
          }
          double[][] expected = own.length == 0 ? new double[weights][nodes]
              : SettlingRateInterpolation.onePanelMoments(ownA, ownW, centres[p], inverseHalfWidths[p], terms[p]);
          for (int k = 0; k < weights; k++) {
            for (int m = 0; m < nodes; m++) {
              double scale = java.util.Arrays.stream(ownW[k]).map(Math::abs).sum();
              assertThat(panels[k][p * nodes + m]).as("%d weights, %d samples, panel %d, weight %d, T_%d", weights,
                  n, p, k, m).isCloseTo(expected[k][m], org.assertj.core.api.Assertions.within(1e-13 * scale + 0.0));
            }
          }
        }
      }
    }
  }

  /** The first panel whose upper end is at or above {@code a}, by a search: the last one beyond them all. */
  private static int panelOf(double[] highs, double a) {
    for (int p = 0; p < highs.length - 1; p++) {
      if (highs[p] >= a) {
        return p;
      }
    }
    return highs.length - 1;
  }

  private static double[][] plain(double[] a, double[][] w, double centre, double inverseHalfWidth) {
    int n = a.length;
    int nodes = SettlingRateInterpolation.NODES;
    double[][] t = new double[nodes][n];
    for (int i = 0; i < n; i++) {
      double x = Math.max(-1.0, Math.min(1.0, (a[i] - centre) * inverseHalfWidth));
      t[0][i] = 1.0;
      t[1][i] = x;
      for (int m = 2; m < nodes; m++) {
        t[m][i] = 2 * x * t[m - 1][i] - t[m - 2][i];
      }
    }
    double[][] sums = new double[w.length][nodes];
    for (int k = 0; k < w.length; k++) {
      sums[k][0] = FixedOrderSums.sum(w[k]);
      for (int m = 1; m < nodes; m++) {
        sums[k][m] = FixedOrderSums.dot(w[k], t[m]);
      }
    }
    return sums;
  }
}
