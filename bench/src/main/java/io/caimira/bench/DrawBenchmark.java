package io.caimira.bench;

import io.caimira.model.aerosol.ExpirationDistribution;
import io.caimira.model.aerosol.ExpirationType;
import io.caimira.model.distribution.ChunkSampler;
import io.caimira.model.distribution.ConversationalDistance;
import io.caimira.model.distribution.LogNormal;
import io.caimira.model.distribution.MonteCarloRandom;
import io.caimira.model.distribution.Normal;
import io.caimira.model.distribution.RandomStream;
import io.caimira.model.distribution.Uniform;
import io.caimira.model.distribution.ViralLoads;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One draw of 250 000 samples on one thread, as a report makes each of its draws: the distributions a report draws
 * from, with their production parameters.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class DrawBenchmark {
  @Param({"uniform", "normal", "log-normal", "viral-load", "distance", "diameter-kernel"})
  public String distribution;

  private ChunkSampler sampler;
  private RandomStream stream;

  @Setup(Level.Trial)
  public void setUp() {
    sampler = switch (distribution) {
      case "uniform" -> new Uniform(10.0, 100.0);
      case "normal" -> new Normal(0.0, 1.0);
      // the breathing rate of a seated person (log-normal of ln-mean -0.6872121723362303, ln-sd 0.10498338229297108)
      case "log-normal" -> new LogNormal(-0.6872121723362303, 0.10498338229297108);
      case "viral-load" -> ViralLoads.COVID_OVERALL;
      case "distance" -> ConversationalDistance.DISTRIBUTION;
      case "diameter-kernel" -> ExpirationDistribution.shortRange(ExpirationType.SPEAKING).diameter();
      default -> throw new IllegalArgumentException(distribution);
    };
    stream = MonteCarloRandom.withSeed(ScenarioBodies.SEED).nextStream();
  }

  @Benchmark
  public double[] draw() {
    return stream.fillInOrder(ScenarioBodies.SAMPLES, sampler, Thread.currentThread());
  }
}
