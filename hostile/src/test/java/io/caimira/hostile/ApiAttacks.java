package io.caimira.hostile;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Example;
import org.assertj.core.api.Assertions;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/** The REST API's report routes, with mutated valid bodies and costly inputs. */
abstract class ApiAttacks {
  @Property
  void virusReportWithAHostileField(@ForAll("virusMutations") Tuple2<String, BodyMutation> t) {
    BodyMutation m = t.get2();
    Hostile.check(Attack.postJson("API virus report: " + m.kind(), "/api/virus/report",
        m.apply(ValidBodies.virus(t.get1()))));
  }

  @Property
  void virusReportWithCostlyParts(@ForAll("virusBases") String base, @ForAll("virusCrowds") Crowd crowd) {
    Hostile.check(Attack.postJson("API virus report: " + crowd.kind(), "/api/virus/report",
        crowd.apply(ValidBodies.virus(base))));
  }

  /**
   * The largest reports the input limits admit (30 short-range interactions, 50 occupancy groups) are computed, not
   * answered 503 for want of heap: the limits keep a report within the heap set aside for it.
   */
  @Example
  void theLargestReportsTheLimitsAdmitAreComputed() {
    StringBuilder interactions = new StringBuilder("{\"group_1\":[");
    for (int j = 0; j < 30; j++) {
      interactions.append(j == 0 ? "" : ",").append("{\"expiration\":\"Shouting\",\"start_time\":")
          .append(Crowds.time(8 * 60 + 40 + 6 * j)).append(",\"duration\":5}");
    }
    Crowd shortRange = new Crowd("the most short-range interactions", java.util.Map.of(
        "short_range_interactions", interactions.append("]}").toString()));
    StringBuilder groups = new StringBuilder("{");
    for (int g = 0; g < 50; g++) {
      groups.append(g == 0 ? "" : ",").append("\"g").append(g).append("\":{\"total_people\":3,\"infected\":1,")
          .append("\"presence\":[{\"start_time\":\"09:00\",\"finish_time\":\"12:00\"},")
          .append("{\"start_time\":\"13:00\",\"finish_time\":\"17:00\"}]}");
    }
    Crowd occupancy = new Crowd("the most occupancy groups",
        java.util.Map.of("occupancy", groups.append('}').toString()));
    for (String route : new String[] {"/api/virus/report", "/api/virus/report?include_alternative_scenarios=true"}) {
      Answer a = Hostile.check(Attack.postJson("API virus report: " + shortRange.kind(), route,
          shortRange.apply(ValidBodies.VIRUS_RICH)));
      Assertions.assertThat(a.status()).as(route + " " + a.body()).isEqualTo(200);
    }
    Answer a = Hostile.check(Attack.postJson("API virus report: " + occupancy.kind(), "/api/virus/report",
        occupancy.apply(ValidBodies.VIRUS_OCCUPANCY)));
    Assertions.assertThat(a.status()).as(a.body()).isEqualTo(200);
  }

  @Property
  void co2TransitionTimes(@ForAll("co2TimesChanges") Change change) {
    Hostile.check(Attack.postJson("API CO2 transition times: " + change.kind(), "/api/co2/transition_times",
        change.apply(ValidBodies.CO2_TIMES)));
  }

  @Property
  void co2Report(@ForAll("co2ReportChanges") Change change) {
    Hostile.check(Attack.postJson("API CO2 report: " + change.kind(), "/api/co2/report",
        change.apply(ValidBodies.CO2_REPORT)));
  }

  @Provide
  Arbitrary<String> virusBases() {
    return Arbitraries.of("office", "rich", "occupancy");
  }

  @Provide
  Arbitrary<Tuple2<String, BodyMutation>> virusMutations() {
    return virusBases().flatMap(b -> BodyMutations.of(ValidBodies.virus(b), BodyMutations.VIRUS_KEYS,
        HostileValues.any()).map(m -> Tuple.of(b, m)));
  }

  @Provide
  Arbitrary<Crowd> virusCrowds() {
    return Crowds.virus();
  }

  @Provide
  Arbitrary<Change> co2TimesChanges() {
    return Change.of(ValidBodies.CO2_TIMES);
  }

  @Provide
  Arbitrary<Change> co2ReportChanges() {
    return Change.of(ValidBodies.CO2_REPORT);
  }
}
