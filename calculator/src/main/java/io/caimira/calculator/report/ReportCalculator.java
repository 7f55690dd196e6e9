package io.caimira.calculator.report;

import io.caimira.calculator.InputError;
import io.caimira.calculator.Message;
import io.caimira.calculator.MessageKey;
import io.caimira.calculator.ReportOptions;
import io.caimira.calculator.scenario.Scenario;
import io.caimira.model.exposure.ExposureCurves;
import io.caimira.model.exposure.ExposureModel;
import io.caimira.model.exposure.InfectionProbability;
import io.caimira.model.sample.Samples;
import io.caimira.model.shortrange.ShortRangeModel;
import io.caimira.model.work.Cancellation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Computes the virus report of a scenario: the time grid, the CO₂ curve, the results of every group and, on
 * request, the alternative scenarios.
 *
 * <p>The per-sample loops of the model already run in parallel (common fork-join pool), so by default groups and
 * alternative scenarios are computed one after the other in the calling thread; an executor may be given to run
 * them concurrently. The infection probabilities of a model are computed once per flag (with and without short
 * range) and reused for every statistic.
 */
public final class ReportCalculator {
  private final Executor executor;

  /** Groups and alternative scenarios computed in the calling thread. */
  public ReportCalculator() {
    this(null);
  }

  /**
   * @param executor runs groups and alternative scenarios concurrently; null to run them in the calling thread
   */
  public ReportCalculator(Executor executor) {
    this.executor = executor;
  }

  /**
   * The report of {@code scenario}.
   *
   * @param variants builds the alternative scenarios; needed only when {@code options} asks for them
   * @throws InputError when probabilistic exposure is requested for a scenario that cannot compute it
   */
  public VirusReport compute(Scenario scenario, ReportOptions options, ScenarioVariants variants) {
    if (scenario.groups().isEmpty()) {
      throw new IllegalArgumentException("A report needs at least one group");
    }
    if (options.includeAlternativeScenarios() && variants == null) {
      throw new IllegalArgumentException("Alternative scenarios requested without a way to build them");
    }
    List<ExposureModel> models = scenario.groups().stream().map(Scenario.Group::exposure).toList();
    double[] times = TimeGrid.of(models);

    List<Supplier<Object>> tasks = new ArrayList<>();
    tasks.add(() -> scenario.co2() == null ? null : scenario.co2().meanConcentrations(times));
    for (Scenario.Group g : scenario.groups()) {
      tasks.add(() -> group(g.exposure(), times, scenario, options));
    }
    tasks.add(() -> ModelSummary.of(scenario));
    List<Object> results = run(tasks);

    double[] co2 = (double[]) results.get(0);
    Map<String, GroupReport> groups = new LinkedHashMap<>();
    for (int i = 0; i < scenario.groups().size(); i++) {
      groups.put(scenario.groups().get(i).id(), (GroupReport) results.get(1 + i));
    }
    ModelSummary model = (ModelSummary) results.get(results.size() - 1);
    AlternativeScenarios alternatives = options.includeAlternativeScenarios()
        ? alternatives(scenario, groups.values().iterator().next(), times, variants)
        : null;
    return new VirusReport(model, times, co2, groups, alternatives);
  }

  /**
   * P(I) per sample [%]: from the whole-day doses of the curves' walk when it could give them (same numbers,
   * one walk less), else from the model.
   */
  static Samples probability(ExposureModel m, ExposureCurves curves, boolean withShortRange) {
    Samples dose = withShortRange ? curves.depositedExposure() : curves.longRangeDepositedExposure();
    if (dose == null) {
      return m.infectionProbability(withShortRange);
    }
    return InfectionProbability.fromDose(dose, m.exposed().hostImmunity(), m.virus());
  }

  /** The mean of {@link #probability}, without its array when the curves give the doses. */
  static double meanProbability(ExposureModel m, ExposureCurves curves, boolean withShortRange) {
    Samples dose = withShortRange ? curves.depositedExposure() : curves.longRangeDepositedExposure();
    if (dose == null) {
      return m.infectionProbability(withShortRange).mean();
    }
    return InfectionProbability.meanFromDose(dose, m.exposed().hostImmunity(), m.virus());
  }

  /** The results of one group on the report's times. */
  static GroupReport group(ExposureModel m, double[] times, Scenario scenario, ReportOptions options) {
    boolean shortRange = !m.shortRange().isEmpty();
    ExposureCurves curves = m.curves(times);
    Cancellation.check();
    Samples total = probability(m, curves, true);
    Samples longRange = shortRange ? probability(m, curves, false) : total;
    // the samples as an array only when they are sent or the conditional view needs them
    double[] p = options.includeSamples() || scenario.conditionalProbability() ? total.toArray() : null;
    double probInf = total.mean();
    double longRangeProb = longRange.mean();
    ProbabilityHistogram histogram = ProbabilityHistogram.ofPercent(total);

    ConditionalProbabilityData conditional = scenario.conditionalProbability()
        ? ConditionalProbabilityData.of(p, m.virus().viralLoadInSputum(), options.includeSamples())
        : null;
    Double probabilistic = scenario.probabilisticExposure() ? totalProbability(m, curves) : null;

    int t = times.length;
    double[] zoomed = null;
    double[] longRangeDoses = null;
    if (shortRange) {
      zoomed = new double[t];
      for (int q = 0; q < t; q++) {
        zoomed[q] = duringBreathingInteraction(m.shortRange(), times[q])
            ? curves.concentrations()[q]
            : curves.longRangeConcentrations()[q];
      }
      longRangeDoses = Arrays.copyOfRange(curves.longRangeCumulativeDoses(), 1, t);
    }
    return new GroupReport(
        probInf,
        total.std(),
        options.includeSamples() ? p : null,
        histogram.density(),
        histogram.edges(),
        expectedNewCases(m, probInf, longRangeProb),
        m.exposed().presenceInterval().boundaries(),
        conditional,
        probabilistic,
        shortRange ? longRangeProb : null,
        shortRange ? longRangeProb / 100 * m.exposed().number() : null,
        shortRange ? ShortRangeInteractions.group(m.shortRange()) : null,
        curves.concentrations(),
        Arrays.copyOfRange(curves.cumulativeDoses(), 1, t),
        zoomed,
        longRangeDoses);
  }

  /**
   * Mean expected new cases from the mean probabilities [%]: long range for those not in short-range interactions,
   * total for those who are (the mean of {@link ExposureModel#expectedNewCases()}, without recomputing them).
   */
  static double expectedNewCases(ExposureModel m, double totalProb, double longRangeProb) {
    int n = m.exposed().number();
    int inShortRange = m.exposedToShortRange();
    double cases = longRangeProb / 100 * (n - inShortRange);
    return inShortRange == 0 ? cases : cases + totalProb / 100 * inShortRange;
  }

  private static double totalProbability(ExposureModel m, ExposureCurves curves) {
    try {
      return m.totalProbabilityRule(curves.depositedExposure());
    } catch (UnsupportedOperationException e) {
      throw new InputError("exposure_option", Message.of(MessageKey.PROBABILISTIC_VARYING_INFECTED), e);
    }
  }

  /** Whether t lies in a Breathing interaction (closed interval), where the zoomed curve shows the jet. */
  static boolean duringBreathingInteraction(List<ShortRangeModel> interactions, double t) {
    for (ShortRangeModel sr : interactions) {
      if ("Breathing".equals(sr.expiration().name()) && sr.presence().start() <= t && t <= sr.presence().end()) {
        return true;
      }
    }
    return false;
  }

  private AlternativeScenarios alternatives(
      Scenario scenario, GroupReport current, double[] times, ScenarioVariants variants) {
    ScenarioDescription input = variants.description();
    List<AlternativeScenario> selected = AlternativeScenarios.select(input);
    boolean probabilistic = scenario.probabilisticExposure();
    List<Supplier<Object>> tasks = new ArrayList<>();
    for (AlternativeScenario variant : selected) {
      tasks.add(() -> statistics(variants.build(variant), times, probabilistic));
    }
    List<Object> results = run(tasks);
    Map<String, AlternativeScenarioStats> stats = new LinkedHashMap<>();
    if (!input.shortRange()) {
      stats.put(AlternativeScenarios.CURRENT, new AlternativeScenarioStats(current.probInf(),
          current.expectedNewCases(), current.concentrations(), current.probProbabilisticExposure()));
    }
    for (int i = 0; i < selected.size(); i++) {
      stats.put(selected.get(i).name(), (AlternativeScenarioStats) results.get(i));
    }
    return new AlternativeScenarios(stats);
  }

  /** Statistics of the first group of a variant, on the report's times. */
  static AlternativeScenarioStats statistics(Scenario variant, double[] times, boolean probabilistic) {
    ExposureModel m = variant.groups().get(0).exposure();
    ExposureCurves curves = m.curves(times);
    Cancellation.check();
    double totalProb = meanProbability(m, curves, true);
    double longRangeProb = m.shortRange().isEmpty() ? totalProb : meanProbability(m, curves, false);
    return new AlternativeScenarioStats(totalProb, expectedNewCases(m, totalProb, longRangeProb),
        curves.concentrations(), probabilistic ? totalProbability(m, curves) : null);
  }

  private List<Object> run(List<Supplier<Object>> tasks) {
    List<Object> out = new ArrayList<>(tasks.size());
    if (executor == null) {
      for (Supplier<Object> task : tasks) {
        Cancellation.check();
        out.add(task.get());
      }
      return out;
    }
    Thread owner = Cancellation.owner(); // the executor's threads stop when the requester is cancelled
    List<CompletableFuture<Object>> futures = tasks.stream()
        .map(task -> CompletableFuture.supplyAsync(Cancellation.onBehalfOf(owner, task), executor)).toList();
    for (CompletableFuture<Object> f : futures) {
      try {
        out.add(f.join());
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw e;
      }
    }
    return out;
  }
}
