package io.caimira.hostile;

import net.jqwik.api.Arbitraries;
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
