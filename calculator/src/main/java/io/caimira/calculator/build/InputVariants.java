package io.caimira.calculator.build;

import io.caimira.calculator.input.OccupancyGroup;
import io.caimira.calculator.input.PopulationInput;
import io.caimira.calculator.input.ShortRangeInput;
import io.caimira.calculator.input.ShortRangeInteraction;
import io.caimira.calculator.input.VentilationInput;
import io.caimira.calculator.input.VirusInput;
import io.caimira.calculator.report.AlternativeScenario;
import io.caimira.calculator.report.ScenarioDescription;
import io.caimira.calculator.report.ScenarioVariants;
import io.caimira.calculator.report.VentilationType;
import io.caimira.calculator.scenario.Scenario;
import io.caimira.model.aerosol.MaskType;
import io.caimira.model.montecarlo.DrawCache;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The alternative scenarios of one input: its description, and each variant rebuilt from the input with the
 * variant's masks, HEPA, ventilation and short-range choices. A variant is built from the report's own seed
 * (common random numbers: a variant differs from the scenario by its choices, not by its random draws) and takes
 * the draws the scenario already made through a shared {@link DrawCache}, as long as its draws come in the same
 * order — a ventilation or HEPA variant draws nothing new; a variant that adds or removes a mask draws again from
 * that point on.
 */
public final class InputVariants implements ScenarioVariants {
  private final ScenarioBuilder builder;
  private final VirusInput input;
  private final int sampleSize;
  private final long seed;
  private final DrawCache draws;

  public InputVariants(ScenarioBuilder builder, VirusInput input, int sampleSize, long seed) {
    this(builder, input, sampleSize, seed, null);
  }

  /** @param draws the draws of the scenario built from {@code input} and {@code seed} (or null) */
  public InputVariants(ScenarioBuilder builder, VirusInput input, int sampleSize, long seed, DrawCache draws) {
    this.builder = Objects.requireNonNull(builder, "builder");
    this.input = Objects.requireNonNull(input, "input");
    this.sampleSize = sampleSize;
    this.seed = seed;
    this.draws = draws;
  }

  @Override
  public ScenarioDescription description() {
    boolean worn = input.mask() != MaskType.NO_MASK;
    return new ScenarioDescription(worn, worn ? input.mask() : MaskType.TYPE_I, input.ventilation().hepa(),
        ventilationType(input.ventilation().type()), input.shortRange().enabled());
  }

  @Override
  public Scenario build(AlternativeScenario variant) {
    return builder.build(modified(variant), sampleSize, seed, draws);
  }

  /** The input with the variant's choices. */
  VirusInput modified(AlternativeScenario variant) {
    ScenarioDescription d = variant.inputs();
    MaskType mask = d.masksWorn() ? d.maskType() : MaskType.NO_MASK;
    VentilationInput ventilation = ventilation(input.ventilation(), d);
    PopulationInput population = input.population();
    ShortRangeInput shortRange = input.shortRange();
    if (variant.removeShortRangeOccupants()) {
      population = withoutShortRangeOccupants(population, shortRange);
      shortRange = new ShortRangeInput(false, 0, List.of());
    }
    return new VirusInput(input.metadata(), input.room(), ventilation, population, input.activityType(),
        input.precise(), mask, input.virus(), input.vaccination(), input.location(), shortRange,
        input.incidence(), input.conditionalProbability(), input.seed());
  }

  private static VentilationInput ventilation(VentilationInput v, ScenarioDescription d) {
    VentilationInput.Type type = d.ventilation() == VentilationType.NONE ? VentilationInput.Type.NONE : v.type();
    return new VentilationInput(type, v.windowType(), v.periodicOpening(), v.windowHeight(), v.windowWidth(),
        v.openingDistance(), v.windowsNumber(), v.windowsFrequency(), v.windowsDuration(), v.mechanicalType(),
        v.airChanges(), v.airSupply(), d.hepa(), v.hepaAmount(), v.fitting());
  }

  /**
   * Without the people who took part in the short-range interactions: legacy mode removes them from the total;
   * with occupancy groups, each group named in the interactions loses them when total &gt; occupants &gt; 0.
   */
  private static PopulationInput withoutShortRangeOccupants(PopulationInput p, ShortRangeInput shortRange) {
    int occupants = shortRange.occupants();
    if (!p.hasOccupancy()) {
      return new PopulationInput(p.totalPeople() - occupants, p.infectedPeople(), p.exposed(), p.infected(),
          p.sharedBreaks(), p.specificBreaks(), p.occupancy());
    }
    Set<String> named = shortRange.interactions().stream().map(ShortRangeInteraction::group)
        .collect(Collectors.toSet());
    List<OccupancyGroup> groups = new ArrayList<>();
    for (OccupancyGroup g : p.occupancy()) {
      boolean reduce = named.contains(g.id()) && g.totalPeople() > occupants && occupants > 0;
      groups.add(reduce ? new OccupancyGroup(g.id(), g.totalPeople() - occupants, g.infected(), g.presence()) : g);
    }
    return new PopulationInput(p.totalPeople(), p.infectedPeople(), p.exposed(), p.infected(), p.sharedBreaks(),
        p.specificBreaks(), groups);
  }

  private static VentilationType ventilationType(VentilationInput.Type type) {
    return switch (type) {
      case NATURAL -> VentilationType.NATURAL;
      case MECHANICAL -> VentilationType.MECHANICAL;
      case NONE -> VentilationType.NONE;
      case FROM_FITTING -> VentilationType.FROM_FITTING;
    };
  }
}
