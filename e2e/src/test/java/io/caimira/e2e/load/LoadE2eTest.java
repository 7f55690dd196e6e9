package io.caimira.e2e.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.e2e.Topology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The load test: {@link CalculatorLoadSimulation} (Gatling) against the router, the calculators and the API on
 * loopback, after a short {@link Warmup}. It fails when the run fails or any request fails; the 95th percentiles
 * go to {@code e2e/target/gatling/load-summary.txt} and to the test's output.
 */
class LoadE2eTest {
  private static final int USERS = 50;
  private static final int SECONDS = 60;

  @Test
  @Timeout(value = 12, unit = TimeUnit.MINUTES)
  void fiftyConcurrentUsersForAMinuteThroughTheRouterGetNoError() throws Exception {
    Path results = Path.of(System.getProperty("caimira.root", "..")).toAbsolutePath().normalize()
        .resolve("e2e/target/gatling");
    Duration limit = CalculatorLoadSimulation.RAMP.plus(Duration.ofSeconds(SECONDS))
        .plus(CalculatorLoadSimulation.DRAIN).plus(Duration.ofMinutes(2));
    GatlingRun.Result run;
    try (Topology topology = Topology.startWithoutSignIn()) {
      Warmup.run(topology.url(""));
      run = GatlingRun.run(CalculatorLoadSimulation.class, results.resolve("runs"), Map.of(
          CalculatorLoadSimulation.BASE_URL, topology.url(""),
          CalculatorLoadSimulation.USERS, Integer.toString(USERS),
          CalculatorLoadSimulation.SECONDS, Integer.toString(SECONDS)), limit);
    }
    LoadSummary summary = LoadSummary.parse(run.console());
    String table = summary.table(USERS + " concurrent users for " + SECONDS + " s (after a "
        + CalculatorLoadSimulation.RAMP.toSeconds() + " s ramp) through the router", Visits.REQUESTS);
    Files.writeString(results.resolve("load-summary.txt"), table);
    System.out.println(table);

    assertThat(run.exitCode()).as("Gatling's exit code (2: an assertion failed); its output ends with:\n%s",
        tail(run.console())).isZero();
    assertThat(summary.of(LoadSummary.GLOBAL).failed()).hasValue(0);
    for (String request : Visits.REQUESTS) {
      assertThat(summary.of(request).count()).as(request).isPresent();
      assertThat(summary.of(request).count().getAsLong()).as(request).isPositive();
      assertThat(summary.of(request).p95Millis()).as(request).isPresent();
    }
  }

  private static String tail(String console) {
    return console.substring(Math.max(0, console.length() - 6000));
  }
}
