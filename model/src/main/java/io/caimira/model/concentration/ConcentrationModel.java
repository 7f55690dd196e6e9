package io.caimira.model.concentration;

import io.caimira.model.work.Cancellation;
import io.caimira.model.work.ParallelBlocks;

import io.caimira.model.numeric.Grids;
import io.caimira.model.population.Occupants;
import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import io.caimira.model.time.Span;
import io.caimira.model.ventilation.Ventilation;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

/**
 * A well-mixed room with emitters: the concentration follows dC/dt = E(t)/V − RR(t)·(C − B), solved exactly
 * because every parameter is constant between state-change times (no ODE solver, no quadrature).
 *
 * <p>Subclasses define the emitters, the removal rate RR(t) [h⁻¹], the background B and the normalisation factor
 * K (the emission of one person, so that the normed concentration C/K depends only on the removal and on the
 * number of emitters). Before the first presence the concentration is the background.
 */
public abstract class ConcentrationModel {
  /** Per-sample work is split across threads above this many samples. */
  private static final int PARALLEL_THRESHOLD = 4096;
  /** Samples per block of a parallel reduction. */
  private static final int BLOCK = 8192;
  /** Samples walked together by {@link BlockWalk}: small enough for its arrays to stay in cache. */
  private static final int WALK_BLOCK = 512;

  private final Room room;
  private final Ventilation ventilation;
  private volatile Schedule schedule;

  protected ConcentrationModel(Room room, Ventilation ventilation) {
    this.room = java.util.Objects.requireNonNull(room, "room");
    this.ventilation = java.util.Objects.requireNonNull(ventilation, "ventilation");
  }

  public Room room() {
    return room;
  }

  public Ventilation ventilation() {
    return ventilation;
  }

  /** The people whose emission fills the room. */
  public abstract Occupants emitters();

  /** Removal rate at t [h⁻¹]; equals {@link #timeIndependentRemoval()} + {@link #timeDependentRemoval(double)}. */
  public abstract Samples removalRate(double t);

  /**
   * The part of the removal rate that never changes [h⁻¹] (e.g. settling, which depends on the sampled
   * diameter). Kept apart so that the per-segment data stay small when only this part is per-sample.
   */
  protected Samples timeIndependentRemoval() {
    return Samples.constant(0.0);
  }

  /** The part of the removal rate that may change at state-change times [h⁻¹]. */
  protected Samples timeDependentRemoval(double t) {
    return removalRate(t);
  }

  /** Background concentration, in the model's concentration unit. */
  public abstract Samples backgroundConcentration();

  /** Concentration per emitting person per unit of normed concentration. */
  public abstract Samples normalizationFactor();

  /** Times, besides presence and ventilation changes, at which the removal rate may change. */
  protected double[] extraStateChangeTimes() {
    return new double[0];
  }

  /** 0, every presence change and every ventilation change, sorted, without duplicates. */
  public final double[] stateChangeTimes() {
    return schedule().times.clone();
  }

  /** Start of the first presence span of the emitters. */
  public final double firstPresenceTime() {
    return schedule().firstPresence;
  }

  /** The last state-change time strictly before t (the first state-change time when there is none). */
  public final double lastStateChange(double t) {
    double[] times = schedule().times;
    int index = Math.max(Grids.searchSortedLeft(times, t) - 1, 0);
    return times[index];
  }

  /** Normed concentration B/K + (solution of the mass balance per unit emission) at t. */
  public final Samples normedConcentration(double t) {
    Schedule s = schedule();
    return perSample(s.size, i -> s.concentration(i, t));
  }

  /** Concentration at t. */
  public final Samples concentration(double t) {
    return normedConcentration(t).times(normalizationFactor());
  }

  /** Exact integral of the normed concentration over [start, stop] (hours). */
  public final Samples normedIntegratedConcentration(double start, double stop) {
    Schedule s = schedule();
    return perSample(s.size, i -> s.integral(i, start, stop));
  }

  /**
   * Exact integral of the normed concentration over a union of disjoint spans, computed in one pass per sample.
   *
   * @param spans disjoint spans in increasing order
   */
  public final Samples normedIntegratedConcentration(List<Span> spans) {
    double[] starts = new double[spans.size()];
    double[] ends = new double[spans.size()];
    for (int p = 0; p < starts.length; p++) {
      starts[p] = spans.get(p).start();
      ends[p] = spans.get(p).end();
      if (p > 0 && starts[p] < ends[p - 1]) {
        throw new IllegalArgumentException("Spans must be disjoint and in increasing order");
      }
    }
    Schedule s = schedule();
    return perSample(s.size, i -> s.integralOver(i, starts, ends));
  }

  /** Exact integral of the concentration over [start, stop]. */
  public final Samples integratedConcentration(double start, double stop) {
    return normedIntegratedConcentration(start, stop).times(normalizationFactor());
  }

  /**
   * The concentration at each of the increasing times {@code sortedTimes} (repeats allowed), averaged over the
   * samples; see {@link #means}.
   */
  public final double[] meanConcentrations(double[] sortedTimes) {
    double[] distinct;
    int[] index = new int[sortedTimes.length];
    if (nonDecreasing(sortedTimes)) {
      // the usual case (the CO₂ fit asks for it at every evaluation): repeats found in one pass, no search
      double[] values = new double[sortedTimes.length];
      int count = 0;
      for (int q = 0; q < sortedTimes.length; q++) {
        if (count == 0 || Double.compare(values[count - 1], sortedTimes[q]) != 0) {
          values[count++] = sortedTimes[q];
        }
        index[q] = count - 1;
      }
      distinct = Arrays.copyOf(values, count);
    } else {
      distinct = Arrays.stream(sortedTimes).distinct().toArray();
      for (int q = 1; q < distinct.length; q++) {
        if (distinct[q] < distinct[q - 1]) {
          throw new IllegalArgumentException("Times must be sorted");
        }
      }
      for (int q = 0; q < index.length; q++) {
        index[q] = Arrays.binarySearch(distinct, sortedTimes[q]);
      }
    }
    double[] means = means(distinct, List.of(), new Samples[] {normalizationFactor()}, new Samples[0])
        .concentrations()[0];
    double[] out = new double[sortedTimes.length];
    for (int q = 0; q < out.length; q++) {
      out[q] = means[index[q]];
    }
    return out;
  }

  private static boolean nonDecreasing(double[] times) {
    for (int q = 1; q < times.length; q++) {
      if (!(times[q] >= times[q - 1])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Sample means along increasing times, in one walk per sample: for each concentration weight w, the mean over
   * the samples of w·C(t)/K at every time; for each integral weight u, the mean of u·∫ C/K dt over the parts of
   * the breathing spans between the first time and every time (0 at the first time). With w = K this is the mean
   * concentration; with u = the per-sample dose factor it gives cumulative doses.
   *
   * @param times strictly increasing times
   * @param breathing disjoint spans during which the integral accumulates
   */
  public final Means means(double[] times, List<Span> breathing, Samples[] concentrationWeights,
      Samples[] integralWeights) {
    return means(times, breathing, Weight.of(concentrationWeights), Weight.of(integralWeights));
  }

  /** As {@link #means(double[], List, Samples[], Samples[])}, with weights that may be products. */
  public final Means means(double[] times, List<Span> breathing, Weight[] concentrationWeights,
      Weight[] integralWeights) {
    Schedule s = schedule();
    Timeline line = new Timeline(s, times, breathing);
    int size = s.size;
    for (Weight[] weights : List.of(concentrationWeights, integralWeights)) {
      for (Weight w : weights) {
        if (w.size() != 1 && size != 1 && w.size() != size) {
          throw new IllegalArgumentException("Sample sizes do not match: " + size + " and " + w.size());
        }
        size = Math.max(size, w.size());
      }
    }
    if (s.sharedDynamics()) {
      return sharedDynamicsMeans(s, line, times.length, concentrationWeights, integralWeights);
    }
    int samples = size;
    if (samples == s.size && SettlingRateInterpolation.applies(s)) {
      Means interpolated = SettlingRateInterpolation.means(s, line, times.length, concentrationWeights,
          integralWeights, samples);
      if (interpolated != null) {
        return interpolated;
      }
    }
    int blocks = (samples + BLOCK - 1) / BLOCK;
    int cw = concentrationWeights.length;
    int iw = integralWeights.length;
    double[][][] partial = new double[blocks][][];
    boolean blockwise = BlockWalk.applies(s);
    double minBase = s.baseRemoval.min();
    Thread owner = Cancellation.owner();
    ParallelBlocks.run(samples, BLOCK, (start, end) -> {
      int b = start / BLOCK;
      double[][] sums = new double[cw + iw][times.length];
      if (blockwise && s.size > 1) {
        BlockWalk walk = new BlockWalk(s, line, WALK_BLOCK, minBase, owner);
        for (int i = start; i < end; i += WALK_BLOCK) {
          walk.walk(i, Math.min(WALK_BLOCK, end - i), concentrationWeights, integralWeights, sums);
        }
        partial[b] = sums;
        return;
      }
      double[] conc = new double[times.length];
      double[] cum = new double[times.length];
      double[] decay = new double[line.lengths.length];
      for (int i = start; i < end; i++) {
        Cancellation.check(owner);
        TimelineWalk.walk(s, line, s.size == 1 ? 0 : i, conc, cum, decay, owner);
        for (int w = 0; w < cw; w++) {
          double weight = concentrationWeights[w].get(i);
          double[] row = sums[w];
          for (int q = 0; q < row.length; q++) {
            row[q] += weight * conc[q];
          }
        }
        for (int u = 0; u < iw; u++) {
          double weight = integralWeights[u].get(i);
          double[] row = sums[cw + u];
          for (int q = 0; q < row.length; q++) {
            row[q] += weight * cum[q];
          }
        }
      }
      partial[b] = sums;
    });
    double[][] total = new double[cw + iw][times.length];
    for (double[][] sums : partial) {
      for (int r = 0; r < total.length; r++) {
        for (int q = 0; q < times.length; q++) {
          total[r][q] += sums[r][q];
        }
      }
    }
    for (double[] row : total) {
      for (int q = 0; q < row.length; q++) {
        row[q] /= samples;
      }
    }
    return new Means(Arrays.copyOfRange(total, 0, cw), Arrays.copyOfRange(total, cw, cw + iw));
  }

  /**
   * When only the background differs between samples, the mass balance is linear in it: C/K = B/K + u(t), with u
   * the same for every sample (it starts at 0 at the first presence). One walk gives u and its integral, another
   * (no emitters, unit background) the breathing hours, and every mean follows in closed form.
   */
  private static Means sharedDynamicsMeans(Schedule s, Timeline line, int count, Weight[] concentrationWeights,
      Weight[] integralWeights) {
    double[] decay = new double[line.lengths.length];
    double[] u = new double[count];
    double[] uIntegral = new double[count];
    TimelineWalk.walk(s.with(Samples.constant(0.0), true), line, 0, u, uIntegral, decay, Cancellation.owner());
    double[] one = new double[count];
    double[] hours = new double[count];
    TimelineWalk.walk(s.with(Samples.constant(1.0), false), line, 0, one, hours, decay, Cancellation.owner());
    double[][] conc = new double[concentrationWeights.length][];
    for (int w = 0; w < conc.length; w++) {
      conc[w] = combine(concentrationWeights[w].toSamples(), s.background, u, one);
    }
    double[][] cumulative = new double[integralWeights.length][];
    for (int w = 0; w < cumulative.length; w++) {
      cumulative[w] = combine(integralWeights[w].toSamples(), s.background, uIntegral, hours);
    }
    return new Means(conc, cumulative);
  }

  /** mean(w·(bk·unit + shared)) = mean(w·bk)·unit + mean(w)·shared, per time. */
  private static double[] combine(Samples weight, Samples background, double[] shared, double[] unit) {
    double weightedBackground = weight.times(background).mean();
    double meanWeight = weight.mean();
    double[] out = new double[shared.length];
    for (int q = 0; q < out.length; q++) {
      out[q] = weightedBackground * unit[q] + meanWeight * shared[q];
    }
    return out;
  }

  /**
   * Results of {@link #means}: {@code concentrations[w][q]} and {@code cumulativeIntegrals[u][q]}.
   */
  public record Means(double[][] concentrations, double[][] cumulativeIntegrals) {}

  /** The normed concentration limit N/(RR·V) + B/K approached at t (NaN where RR is 0). */
  public final Samples normedConcentrationLimit(double t) {
    Samples rr = removalRate(t);
    int people = emitters().peoplePresent(t);
    Samples background = normalisedBackground(backgroundConcentration(), normalizationFactor());
    Samples volume = room.volume();
    int n = Samples.broadcastSize(rr, volume, background);
    double[] out = new double[n];
    Samples.Reader rates = rr.reader();
    Samples.Reader volumes = volume.reader();
    Samples.Reader backgrounds = background.reader();
    for (int i = 0; i < n; i++) {
      double r = rates.get(i);
      double inverse = r == 0.0 ? Double.NaN : 1.0 / r;
      out[i] = people * inverse / volumes.get(i) + backgrounds.get(i);
    }
    return Samples.adopt(out);
  }

  static Samples perSample(int n, IntToDoubleFunction f) {
    double[] out = new double[n];
    Thread owner = Cancellation.owner();
    if (n >= PARALLEL_THRESHOLD) {
      IntStream.range(0, n).parallel().forEach(i -> {
        Cancellation.check(owner);
        out[i] = f.applyAsDouble(i);
      });
    } else {
      for (int i = 0; i < n; i++) {
        Cancellation.check(owner);
        out[i] = f.applyAsDouble(i);
      }
    }
    return Samples.adopt(out);
  }

  final Schedule schedule() {
    Schedule s = schedule;
    if (s == null) {
      synchronized (this) {
        s = schedule;
        if (s == null) {
          s = buildSchedule();
          schedule = s;
        }
      }
    }
    return s;
  }

  /**
   * background / K per sample; a zero background (the virus model's) stays the constant 0 when every K is positive,
   * rather than an array of zeros that every walk would read.
   */
  private static Samples normalisedBackground(Samples background, Samples k) {
    if (background.isConstant() && background.scalar() == 0.0 && k.min() > 0) {
      return background;
    }
    return background.dividedBy(k);
  }

  private Schedule buildSchedule() {
    TreeSet<Double> set = new TreeSet<>();
    set.add(0.0);
    List<Span> presence = emitters().presenceInterval().boundaries();
    if (presence.isEmpty()) {
      throw new IllegalStateException("The emitters are never present");
    }
    for (double t : emitters().presenceInterval().transitionTimes()) {
      set.add(t);
    }
    for (double t : ventilation.transitionTimes(room)) {
      set.add(t);
    }
    for (double t : extraStateChangeTimes()) {
      set.add(t);
    }
    double[] times = set.stream().mapToDouble(Double::doubleValue).toArray();
    int m = times.length;
    Samples[] removal = new Samples[m + 1];
    int[] people = new int[m + 1];
    for (int k = 1; k <= m; k++) {
      double t = k < m ? times[k] : times[m - 1] + 1.0;
      removal[k] = timeDependentRemoval(t);
      people[k] = emitters().peoplePresent(t);
    }
    Samples background = normalisedBackground(backgroundConcentration(), normalizationFactor());
    return new Schedule(times, presence.get(0).start(), timeIndependentRemoval(), removal, people, room.volume(),
        background);
  }
}
