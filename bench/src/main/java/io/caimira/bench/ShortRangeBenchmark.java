package io.caimira.bench;

import io.caimira.calculator.report.TimeGrid;
import io.caimira.model.exposure.ExposureCurves;
import io.caimira.model.exposure.ExposureModel;
import io.caimira.model.sample.Samples;
import io.caimira.model.shortrange.ShortRangeModel;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The parts of the short-range scenario's report (meeting room, two interactions), on a model built once: the
 * report's curves (the Chebyshev moments of four weights and the interactions' jet terms), the infection
 * probability with the interactions, the jet concentration of one interaction and its exhaled aerosol volume.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ShortRangeBenchmark {
  private ExposureModel exposure;
  private ShortRangeModel interaction;
  private double[] times;

  @Setup(Level.Trial)
  public void setUp() {
    exposure = ScenarioBodies.scenario("short-range").groups().get(0).exposure();
    interaction = exposure.shortRange().get(0);
    times = TimeGrid.of(List.of(exposure));
  }

  @Benchmark
  public ExposureCurves curves() {
    return exposure.curves(times);
  }

  @Benchmark
  public Samples infectionProbability() {
    return exposure.infectionProbability(true);
  }

  @Benchmark
  public Samples jetConcentration() {
    return interaction.dilutedJetConcentration();
  }

  @Benchmark
  public Samples exhaledAerosols() {
    return interaction.normedJetOriginConcentration();
  }
}
