package io.caimira.e2e.load;

import static io.gatling.javaapi.core.CoreDsl.AllowList;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A fixed number of concurrent users (50) for a fixed time (60 s, after a 30 s ramp) through the router only:
 * 60 % visit the open calculator, 40 % call the API ({@link Visits}); a user who leaves is replaced at once.
 * Static files referenced by the pages are fetched as a browser does, from the router only. The run fails when any
 * request fails, when a request type never ran, or when a 95th percentile exceeds its bound; the assertions'
 * actual values are the figures of the summary ({@link LoadSummary}).
 */
public class CalculatorLoadSimulation extends Simulation {
  /** System property: the router's URL, e.g. http://127.0.0.1:8080. */
  static final String BASE_URL = "caimira.load.base-url";
  static final String USERS = "caimira.load.users";
  static final String SECONDS = "caimira.load.seconds";
  static final Duration RAMP = Duration.ofSeconds(30);
  /**
   * Time left after the ramp and the steady part for the users still on their visit (the longest takes 130 s of
   * think time plus its requests); the run is stopped then.
   */
  static final Duration DRAIN = Duration.ofSeconds(160);
  /**
   * Bounds on the 95th percentile: of the reports, and of every other request type. They catch a collapse (answers
   * waiting in queues); a server that keeps up answers far below them, even on a busy 2-core machine.
   */
  static final Duration REPORT_P95_BOUND = Duration.ofSeconds(20);
  static final Duration P95_BOUND = Duration.ofSeconds(10);

  {
    String baseUrl = System.getProperty(BASE_URL);
    int users = Integer.getInteger(USERS, 50);
    Duration steady = Duration.ofSeconds(Integer.getInteger(SECONDS, 60));

    HttpProtocolBuilder router = http.baseUrl(baseUrl)
        .disableWarmUp()
        .inferHtmlResources(AllowList(Pattern.quote(baseUrl) + "/.*"))
        .nameInferredHtmlResources(uri -> Visits.STATIC)
        .acceptLanguageHeader("en")
        .acceptEncodingHeader("gzip, deflate");
    ScenarioBuilder visitors = scenario("visitors").randomSwitch().on(
        percent(60.0).then(Visits.calculatorVisitor(baseUrl)),
        percent(40.0).then(Visits.apiClient()));

    setUp(visitors.injectClosed(rampConcurrentUsers(0).to(users).during(RAMP),
            constantConcurrentUsers(users).during(steady)))
        .protocols(router)
        .maxDuration(RAMP.plus(steady).plus(DRAIN))
        .assertions(assertions());
  }

  private static List<Assertion> assertions() {
    List<Assertion> all = new ArrayList<>();
    all.add(global().failedRequests().count().is(0L));
    all.add(global().allRequests().count().gt(0L));
    all.add(global().responseTime().percentile(95.0).lt(millis(P95_BOUND)));
    for (String request : Visits.REQUESTS) {
      Duration bound = Visits.REPORTS.contains(request) ? REPORT_P95_BOUND : P95_BOUND;
      all.add(details(request).allRequests().count().gt(0L));
      all.add(details(request).responseTime().percentile(95.0).lt(millis(bound)));
    }
    return all;
  }

  private static int millis(Duration d) {
    return Math.toIntExact(d.toMillis());
  }
}
