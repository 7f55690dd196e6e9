package io.caimira.e2e.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the figures from the assertion lines that Gatling 3.15 prints at the end of a run. */
class LoadSummaryTest {
  private static final String CONSOLE = """
      ---- Requests ----
      > Global                                    |     1,372 |     1,372 |         0
      Parsing log file(s) done in 0s.
      Global: count of failed events is 0.0 : true (actual : 3.0)
      Global: count of all events is greater than 0.0 : true (actual : 1372.0)
      Global: 95th percentile of response time is less than 10000.0 : true (actual : 554.0)
      report page: count of all events is greater than 0.0 : true (actual : 44.0)
      report page: 95th percentile of response time is less than 20000.0 : false (actual : 29410.4)
      form submit (303): count of all events is greater than 0.0 : true (actual : 44.0)
      """.stripIndent();

  @Test
  void countsAndPercentilesArePerRequestTypeWhetherTheAssertionHeldOrNot() {
    LoadSummary summary = LoadSummary.parse(CONSOLE);
    assertThat(summary.of("Global").count()).hasValue(1372);
    assertThat(summary.of("Global").failed()).hasValue(3);
    assertThat(summary.of("Global").p95Millis()).hasValue(554);
    assertThat(summary.of("report page").count()).hasValue(44);
    assertThat(summary.of("report page").p95Millis()).hasValue(29410);
    // a name with parentheses, and a figure the run did not print
    assertThat(summary.of("form submit (303)").count()).hasValue(44);
    assertThat(summary.of("form submit (303)").p95Millis()).isEmpty();
    assertThat(summary.of("api co2 report").count()).isEmpty();
  }

  @Test
  void theTableListsTheGlobalLineThenEachRequestTypeAndTheFailures() {
    String table = LoadSummary.parse(CONSOLE).table("title", List.of("report page", "api co2 report"));
    assertThat(table.lines()).containsExactly(
        "title",
        "request                          count    p95 ms",
        "Global                            1372       554",
        "report page                         44     29410",
        "api co2 report                       ?         ?",
        "failed requests: 3");
  }
}
