package io.caimira.model.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.caimira.model.aerosol.ExpirationDistribution;
import io.caimira.model.aerosol.ExpirationType;
import io.caimira.model.aerosol.MaskType;
import io.caimira.model.concentration.VirusConcentrationModel;
import io.caimira.model.montecarlo.MonteCarloSampler;
import io.caimira.model.population.Activity;
import io.caimira.model.population.Cases;
import io.caimira.model.population.ExposedPopulation;
import io.caimira.model.population.Headcount;
import io.caimira.model.population.InfectedPopulation;
import io.caimira.model.population.PhysicalActivity;
import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import io.caimira.model.shortrange.ShortRangeModel;
import io.caimira.model.time.PeriodicInterval;
import io.caimira.model.time.Span;
import io.caimira.model.time.SpecificInterval;
import io.caimira.model.ventilation.AirChange;
import io.caimira.model.virus.Variant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The total-probability rule scales the doses with the number of infected people instead of rebuilding the model
 * for each number (the long-range part is linear in it, the short-range jets are not); both must give the same
 * probability (relative 1e-9: only the order of floating-point operations differs).
 */
class TotalProbabilityTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void scalingTheDosesEqualsRebuildingTheModel(int infectedNumber) {
    MonteCarloSampler s = MonteCarloSampler.withSeed(4_000, 9);
    SpecificInterval presence = SpecificInterval.of(8, 12, 13, 17);
    Activity activity = s.activity(PhysicalActivity.LIGHT_ACTIVITY);
    InfectedPopulation infected = new InfectedPopulation(Headcount.fixed(infectedNumber, presence), activity,
        s.mask(MaskType.NO_MASK), s.virus(Variant.SARS_CoV_2_DELTA),
        s.expiration(ExpirationDistribution.longRange(ExpirationType.SPEAKING), "Speaking"), Samples.constant(0));
    VirusConcentrationModel c = new VirusConcentrationModel(new Room(50),
        new AirChange(PeriodicInterval.ALWAYS_ON, 1.0), infected);
    List<ShortRangeModel> interactions = infectedNumber == 1 ? List.of(new ShortRangeModel(infected, activity,
        s.expiration(ExpirationDistribution.shortRange(ExpirationType.SHOUTING), "Shouting"),
        new Span(9.5, 9.75), s.conversationalDistance())) : List.of();
    ExposedPopulation exposed = new ExposedPopulation(new Headcount.Fixed(12, presence),
        s.activity(PhysicalActivity.SEATED), s.mask(MaskType.TYPE_I), Samples.constant(0));
    ExposureModel model = new ExposureModel(List.of(c), interactions, exposed, new Cases(100_000, 150, 5),
        interactions.size(), "group_1");
    double rebuilt = TotalProbability.of(model, false);
    assertThat(rebuilt).isGreaterThan(0);
    assertThat(TotalProbability.of(model, true)).isCloseTo(rebuilt, within(rebuilt * 1e-9));
    // the whole-day dose of the report's curves (one walk fewer) gives the same rule
    double[] times = model.populationStateChangeTimes();
    Samples curvesDose = model.curves(times).depositedExposure();
    assertThat(curvesDose).isNotNull();
    assertThat(model.totalProbabilityRule(curvesDose)).isCloseTo(rebuilt, within(rebuilt * 1e-9));
  }
}
