package io.caimira.model.concentration;

import io.caimira.model.distribution.Uniform;
import io.caimira.model.montecarlo.MonteCarloSampler;
import io.caimira.model.population.Activity;
import io.caimira.model.population.Headcount;
import io.caimira.model.population.PhysicalActivity;
import io.caimira.model.population.SimplePopulation;
import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import io.caimira.model.time.PeriodicInterval;
import io.caimira.model.time.SpecificInterval;
import io.caimira.model.ventilation.AirChange;
import io.caimira.model.work.Interrupted;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cancellation checks of the concentration walks: each path of {@link ConcentrationModel#means} stops. */
class ConcentrationCancellationTest {
  private static final SpecificInterval PRESENCE = SpecificInterval.of(9, 12, 13, 18);

  @Test
  void theWalkOfOneLongTimelineStopsMidWay() {
    // every sample shares its dynamics: a single walk, along 200 000 requested times
    var model = new Co2ConcentrationModel(new Room(60), new AirChange(PeriodicInterval.ALWAYS_ON, 2.0),
        new SimplePopulation(Headcount.fixed(3, PRESENCE), Activity.of(0.5, 0.5)));
    double[] times = new double[200_000];
    for (int q = 0; q < times.length; q++) {
      times[q] = 8 + q * 1e-4;
    }
    Samples k = model.normalizationFactor();
    model.schedule();
    Interrupted.onThisThread(() -> model.means(times, List.of(), new Samples[] {k}, new Samples[0]),
        "TimelineWalk");
  }

  @Test
  void theSampleBySampleWalksStop() throws InterruptedException {
    // within one block (8 192 samples) the walk's own check stops it; over several, the block runner's does first
    for (int samples : new int[] {8_000, 20_000}) {
      MonteCarloSampler s = MonteCarloSampler.withSeed(samples, 5);
      Samples rates = s.draw(new Uniform(0.5, 6.0));
      var model = new Co2ConcentrationModel(new Room(60), new AirChange(PeriodicInterval.ALWAYS_ON, rates),
          new SimplePopulation(Headcount.fixed(3, PRESENCE), s.activity(PhysicalActivity.STANDING)));
      double[] times = {9, 10, 11, 12, 15, 18};
      Samples k = model.normalizationFactor();
      model.schedule();
      Interrupted.onBehalfOfAnInterruptedOwner(() -> model.means(times, List.of(), new Samples[] {k},
          new Samples[0]), samples < 8192 ? "ConcentrationModel" : "ParallelBlocks");
    }
  }

  @Test
  void theBlockWalkStopsAtItsNextBlock() throws InterruptedException {
    MonteCarloSampler s = MonteCarloSampler.withSeed(2_000, 5);
    var model = new Co2ConcentrationModel(new Room(60), new AirChange(PeriodicInterval.ALWAYS_ON, 3.0),
        new SimplePopulation(Headcount.fixed(3, PRESENCE), s.activity(PhysicalActivity.STANDING)));
    double[] times = {9, 10, 11, 12, 15, 18};
    Schedule schedule = model.schedule();
    Timeline line = new Timeline(schedule, times, List.of());
    Samples weight = s.draw(new Uniform(0.5, 1.5));
    Interrupted.onThisThread(() -> new BlockWalk(schedule, line, 512, 0, Thread.currentThread())
        .walk(0, 512, new Weight[] {Weight.of(weight)}, new Weight[0], new double[1][times.length]), "BlockWalk");
  }

  @Test
  void perSampleIntegralsStop() {
    MonteCarloSampler s = MonteCarloSampler.withSeed(20_000, 5);
    Samples rates = s.draw(new Uniform(0.5, 6.0));
    var model = new Co2ConcentrationModel(new Room(60), new AirChange(PeriodicInterval.ALWAYS_ON, rates),
        new SimplePopulation(Headcount.fixed(3, PRESENCE), s.activity(PhysicalActivity.STANDING)));
    model.schedule();
    Interrupted.onThisThread(() -> model.normedIntegratedConcentration(9, 18), "ConcentrationModel");
  }
}
