package io.caimira.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.caimira.client.ApiClient;
import io.caimira.client.ApiException;
import io.caimira.client.api.ReportsApi;
import io.caimira.client.model.Co2FitAnswer;
import io.caimira.client.model.Co2Input;
import io.caimira.client.model.Co2InputCO2Data;
import io.caimira.client.model.GroupReport;
import io.caimira.client.model.InputError;
import io.caimira.client.model.TransitionTimesAnswer;
import io.caimira.client.model.VirusReportAnswer;
import io.caimira.client.model.VirusReportInput;
import io.caimira.client.model.VirusReportInputShortRangeInteractionsValueInner;
import io.caimira.client.model.VirusReportInputShortRangeInteractionsValueInner.ExpirationEnum;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An integrator's view of the contract: a Java client generated from docs/openapi.json by OpenAPI Generator's
 * Maven plugin (see this module's pom) drives the three routes of the standalone API, started from its jar, with
 * typed inputs, and reads typed answers and errors.
 */
class GeneratedClientE2eTest {
  private static Service api;
  private static ReportsApi reports;
  private static ApiClient client;

  @BeforeAll
  static void startTheApi() throws Exception {
    Path root = Path.of(System.getProperty("caimira.root", "..")).toAbsolutePath().normalize();
    Path jar = root.resolve("api/target/quarkus-app/quarkus-run.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: build the project first (./mvnw package)");
    }
    int port = Topology.freePort();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    api = Service.start("api-for-generated-client", List.of(java, "-Xmx512m", "-jar", jar.toString()),
        Map.of("QUARKUS_HTTP_PORT", String.valueOf(port)),
        Files.createDirectories(root.resolve("e2e/target/generated-client-run")));
    api.awaitReady("http://127.0.0.1:" + port + "/q/health/ready", Duration.ofMinutes(2));
    client = new ApiClient();
    client.updateBaseUri("http://127.0.0.1:" + port);
    client.setReadTimeout(Duration.ofSeconds(60));
    reports = new ReportsApi(client);
  }

  @AfterAll
  static void stopTheApi() {
    if (api != null) {
      api.close();
    }
  }

  private static VirusReportInput office() {
    return new VirusReportInput().calculatorVersion("generated-client").simulationName("Office")
        .roomNumber("42").locationName("Geneva").locationLatitude(46.20833).locationLongitude(6.14275)
        .insideTemp(293.0).volumeType(VirusReportInput.VolumeTypeEnum.ROOM_VOLUME_EXPLICIT).roomVolume(60.0)
        .totalPeople(10).infectedPeople(1).activityType(VirusReportInput.ActivityTypeEnum.OFFICE)
        .ventilationType(VirusReportInput.VentilationTypeEnum.NATURAL_VENTILATION)
        .windowType(VirusReportInput.WindowTypeEnum.WINDOW_SLIDING)
        .windowOpeningRegime(VirusReportInput.WindowOpeningRegimeEnum.WINDOWS_OPEN_PERMANENTLY)
        .windowHeight(1.6).windowWidth(1.0).windowsNumber(1).openingDistance(0.2)
        .exposedStart("09:00").exposedFinish("18:00").infectedStart("09:00").infectedFinish("18:00")
        .eventMonth(VirusReportInput.EventMonthEnum.JANUARY).seed(7L);
  }

  @Test
  void virusReportWithTypedInputsAndAnswers() throws Exception {
    VirusReportAnswer answer = reports.virusReport(office(), "true", null);
    assertThat(answer.getStatus()).isEqualTo("success");
    assertThat(answer.getResults().getGroups()).hasSize(1);
    GroupReport group = answer.getResults().getGroups().values().iterator().next();
    assertThat(group.getProbInf()).isBetween(0.0, 100.0);
    assertThat(group.getConcentrations()).hasSameSizeAs(answer.getResults().getTimes());
    assertThat(group.getExposedPresenceIntervals()).isNotEmpty().allSatisfy(span -> assertThat(span).hasSize(2));
    assertThat(answer.getResults().getModel().getSeed()).isEqualTo(7L);
    assertThat(answer.getResults().getAlternativeScenarios().getStats()).isNotEmpty();

    VirusReportAnswer again = reports.virusReport(office(), "true", null);
    assertThat(again.getResults().getGroups().values().iterator().next().getProbInf())
        .as("same inputs and seed, same numbers").isEqualTo(group.getProbInf());
  }

  @Test
  void shortRangeInteractionsAreTypedToo() throws Exception {
    VirusReportInput input = office().shortRangeOption("short_range_yes").shortRangeOccupants(3)
        .putShortRangeInteractionsItem("group_1", List.of(new VirusReportInputShortRangeInteractionsValueInner()
            .expiration(ExpirationEnum.SPEAKING).startTime("10:00").duration(15.0)));
    GroupReport group = reports.virusReport(input, null, null).getResults().getGroups().values().iterator().next();
    assertThat(group.getShortRangeInteractions()).hasSize(1);
    assertThat(group.getShortRangeInteractions().get(0).getExpiration()).isEqualTo("Speaking");
    assertThat(group.getLongRangeProb()).isLessThanOrEqualTo(group.getProbInf());
  }

  @Test
  void co2RoutesWithTypedInputsAndAnswers() throws Exception {
    Co2Input morning = new Co2Input().roomVolume(60.0).totalPeople(2).infectedPeople(1)
        .exposedStart("08:00").exposedFinish("10:00").infectedStart("08:00").infectedFinish("10:00")
        .exposedLunchOption(false).infectedLunchOption(false)
        .co2Data(new Co2InputCO2Data().times(List.of(8.0, 8.5, 9.0, 9.5, 10.0))
            .CO2(List.of(440.0, 620.0, 780.0, 700.0, 560.0)));
    TransitionTimesAnswer times = reports.co2TransitionTimes(morning);
    assertThat(times.getResults().getTotalTimes()).isNotEmpty();

    Co2FitAnswer fit = reports.co2Report(morning.fittingVentilationStates(List.of(8.0, 9.0, 10.0)).roomCapacity(10));
    assertThat(fit.getResults().getVentilationValues()).hasSize(2);
    assertThat(fit.getResults().getExhalationRate()).isPositive();
    assertThat(fit.getResults().getPredictiveCO2()).hasSize(5);
  }

  @Test
  void errorsAreTyped() throws Exception {
    ApiException e = catchThrowableOfType(ApiException.class,
        () -> reports.virusReport(office().roomVolume(-5.0), null, null));
    assertThat(e.getCode()).isEqualTo(400);
    InputError error = client.getObjectMapper().readValue(e.getResponseBody(), InputError.class);
    assertThat(error.getField()).isEqualTo("room_volume");
    assertThat(error.getMessage()).contains("room_volume");
  }
}
