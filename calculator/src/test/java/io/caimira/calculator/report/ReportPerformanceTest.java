package io.caimira.calculator.report;

import io.caimira.calculator.ReportOptions;
import io.caimira.calculator.scenario.Scenario;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Timing of the report of the documentation office at 250 000 samples (not a check: prints the times). Run with
 * {@code ./mvnw -pl model,calculator test -Dtest=ReportPerformanceTest -Dcaimira.perf=true}. Every run computes
 * on a fresh build, so no per-model cache is reused; the build itself (Monte-Carlo sampling) is timed apart.
 */
@EnabledIfSystemProperty(named = "caimira.perf", matches = "true")
class ReportPerformanceTest {
  private static final int RUNS = 15;

  @Test
  void documentationOfficeAt250000Samples() throws Exception {
    long[] build = new long[RUNS];
    long[] report = new long[RUNS];
    long[] json = new long[RUNS];
    long[] conditional = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      OfficeScenario office = new OfficeScenario();
      office.size = 250_000;
      office.seed = i;
      long t0 = System.nanoTime();
      Scenario s = office.build();
      long t1 = System.nanoTime();
      VirusReport r = new ReportCalculator().compute(s, ReportOptions.DEFAULT, null);
      long t2 = System.nanoTime();
      byte[] bytes = ReportJson.mapper().writeValueAsBytes(r);
      long t3 = System.nanoTime();
      office.conditional = true;
      Scenario withConditional = office.build();
      long t4 = System.nanoTime();
      new ReportCalculator().compute(withConditional, ReportOptions.DEFAULT, null);
      long t5 = System.nanoTime();
      build[i] = t1 - t0;
      report[i] = t2 - t1;
      json[i] = t3 - t2;
      conditional[i] = t5 - t4;
      System.out.printf("run %d: build %.1f ms, report %.1f ms, json %.1f ms (%d bytes), report with "
              + "conditional probability %.1f ms, P(I) %.3f %%%n", i, build[i] / 1e6, report[i] / 1e6,
          json[i] / 1e6, bytes.length, conditional[i] / 1e6, r.groups().get("group_1").probInf());
    }
    System.out.printf("median of the last 10 runs: build %.1f ms, report %.1f ms, json %.1f ms, "
            + "report with conditional probability %.1f ms (%d processors)%n", median(build), median(report),
        median(json), median(conditional), Runtime.getRuntime().availableProcessors());
  }

  private static double median(long[] nanos) {
    long[] warm = Arrays.copyOfRange(nanos, RUNS - 10, RUNS);
    Arrays.sort(warm);
    return (warm[4] + warm[5]) / 2e6;
  }
}
