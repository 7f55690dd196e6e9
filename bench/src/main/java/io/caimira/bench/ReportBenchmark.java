package io.caimira.bench;

import io.caimira.calculator.Caimira;
import io.caimira.calculator.ReportOptions;
import io.caimira.calculator.build.ScenarioBuilder;
import io.caimira.calculator.input.VirusInput;
import io.caimira.calculator.input.VirusInputParser;
import io.caimira.calculator.report.ReportCalculator;
import io.caimira.calculator.report.VirusReport;
import io.caimira.calculator.scenario.Scenario;
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
 * A virus report of a standard scenario (250 000 samples, both cores) and its phases: the whole call as the API
 * makes it (parse, build, compute, JSON), the parse, the build (the draws and the model), and the computation of the
 * report from a model built once. The last one does not count what a model keeps once computed (the dilution
 * factors of the short-range interactions), so build + compute is a little below the whole.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class ReportBenchmark {
  @Param({"office", "short-range", "probabilistic"})
  public String scenario;

  private String body;
  private Caimira caimira;
  private VirusInput input;
  private ScenarioBuilder builder;
  private Scenario built;
  private ReportCalculator calculator;
  private final ReportOptions options = new ReportOptions(false, false, null);

  @Setup(Level.Trial)
  public void setUp() {
    body = ScenarioBodies.body(scenario).toString();
    caimira = Caimira.create();
    input = ScenarioBodies.input(scenario);
    builder = ScenarioBodies.builder();
    built = builder.build(input, ScenarioBodies.SAMPLES, ScenarioBodies.SEED);
    calculator = new ReportCalculator();
  }

  @Benchmark
  public String wholeReport() {
    return caimira.virusReportJson(body);
  }

  @Benchmark
  public VirusInput parse() {
    return VirusInputParser.parse(ScenarioBodies.body(scenario));
  }

  @Benchmark
  public Scenario build() {
    return builder.build(input, ScenarioBodies.SAMPLES, ScenarioBodies.SEED);
  }

  @Benchmark
  public VirusReport compute() {
    return calculator.compute(built, options, null);
  }
}
