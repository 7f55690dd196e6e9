package io.caimira.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.Group;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * The adversarial suite (docs/security.md): generated hostile requests, one at a time, against the real server
 * started once for the whole suite with a bounded heap. Every answer must come in time and never be a 5xx, and an
 * ordinary report must be answered promptly after each batch. A summary goes to target/hostile/summary.txt.
 */
@AddLifecycleHook(NeedsServer.class)
class HostileSuiteTest {
  @BeforeContainer
  static void startServer() throws Exception {
    Hostile.start();
  }

  @AfterContainer
  static void stopServer() throws Exception {
    String summary = Hostile.stop();
    System.out.println(summary);
  }

  @BeforeProperty
  void freshServerAfterAFailure() {
    Hostile.restartIfPoisoned();
  }

  /** The starting points of the mutations are valid: each is accepted as is. */
  @Example
  void theValidInputsAreAccepted() {
    for (String name : new String[] {"office", "rich", "occupancy"}) {
      Answer a = Hostile.check(Attack.postJson("valid", "/api/virus/report", ValidBodies.virus(name)));
      assertThat(a.status()).as(name + ": " + a).isEqualTo(200);
      Answer form = Hostile.check(WebAttacks.formPost("valid", Codes.query(ValidBodies.formFields(
          ValidBodies.virus(name)))));
      assertThat(form.status()).as(name + " form: " + form).isEqualTo(303);
      String link = "/calculator/report?c=" + Codes.urlCode(Codes.query(ValidBodies.formFields(ValidBodies.virus(name))));
      Answer report = Hostile.check(Attack.get("valid", link));
      assertThat(report.status()).as(name + " link: " + report).isEqualTo(200);
      Answer shortLink = Hostile.check(Attack.get("valid", "/_c/" + Codes.pathSafe(Codes.standardCode(
          Codes.query(ValidBodies.formFields(ValidBodies.virus(name))).getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
      assertThat(shortLink.status()).as(name + " short link: " + shortLink).isEqualTo(302);
    }
    Answer times = Hostile.check(Attack.postJson("valid", "/api/co2/transition_times", ValidBodies.CO2_TIMES));
    assertThat(times.status()).as(times.toString()).isEqualTo(200);
    Answer co2 = Hostile.check(Attack.postJson("valid", "/api/co2/report", ValidBodies.CO2_REPORT));
    assertThat(co2.status()).as(co2.toString()).isEqualTo(200);
    for (String route : new String[] {"plot", "fit"}) {
      Answer web = Hostile.check(new Attack("valid", "POST", "/calculator/co2-fit/" + route,
          Map.of("Content-Type", "application/json", "Origin", Attack.SAME_ORIGIN), BodyMutation.write(
              WebAttacks.webCo2Body(ValidBodies.object(ValidBodies.CO2_REPORT))).getBytes(
                  java.nio.charset.StandardCharsets.UTF_8)));
      assertThat(web.status()).as(route + ": " + web).isEqualTo(200);
    }
  }

  /**
   * A request line beyond Vert.x's own limit (quarkus.http.limits.max-initial-line-length, 16 kB) gets Vert.x's bare
   * 414 and a closed connection, not ours; the server must stay healthy, and the next request (sent again on a new
   * connection) is answered.
   */
  @Example
  void aRequestLineBeyondTheServersOwnLimitIsRefusedAndForgotten() {
    Answer a = Hostile.check(Attack.get("request line beyond 16 kB", "/calculator/compare?c=" + "a".repeat(600_000)));
    assertThat(a.status()).as(a.toString()).isEqualTo(414);
    assertThat(Hostile.health()).as("an ordinary report after it").isNull();
  }

  @Group
  class Api extends ApiAttacks {}

  @Group
  class Web extends WebAttacks {}

  @Group
  class Links extends LinkAttacks {}
}
