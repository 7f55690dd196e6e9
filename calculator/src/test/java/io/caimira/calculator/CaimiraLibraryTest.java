package io.caimira.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.caimira.calculator.co2.Co2FitResult;
import io.caimira.calculator.co2.TransitionTimes;
import io.caimira.calculator.input.ActivityType;
import io.caimira.calculator.report.GroupReport;
import io.caimira.calculator.report.ReportJson;
import io.caimira.calculator.report.VirusReport;
import io.caimira.model.weather.GenevaWeatherProvider;
import java.time.LocalTime;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The library entry point: typed requests and results, JSON in and out, the same numbers both ways. */
class CaimiraLibraryTest {
  private static final Caimira CAIMIRA = Caimira.create(GenevaWeatherProvider.instance());
  /** Small samples: these tests are about the entry point, not the numbers. */
  private static final ReportOptions SMALL = new ReportOptions(false, false, 2_000);

  private static VirusRequest.Builder office() {
    return VirusRequest.builder().simulationName("Library").location("Geneva", 46.204, 6.143)
        .eventMonth(Month.MARCH).roomVolume(60).people(10, 1).activity(ActivityType.fromKey("office").orElseThrow())
        .exposedPresence(LocalTime.of(9, 0), LocalTime.of(18, 0))
        .infectedPresence(LocalTime.of(9, 0), LocalTime.of(18, 0)).lunch(LocalTime.of(12, 30), LocalTime.of(13, 30))
        .windows(1.6, 0.2, 1).seed(42);
  }

  @Test
  void aTypedRequestGivesATypedReportAndTheJsonRouteTheSameNumbers() throws Exception {
    VirusRequest request = office().masks("FFP2").build();
    VirusReport report = CAIMIRA.virusReport(request, SMALL);
    GroupReport group = report.groups().values().iterator().next();
    assertThat(group.probInf()).isBetween(0.0, 100.0);
    assertThat(report.model().seed()).isEqualTo(42L);

    String json = CAIMIRA.virusReportJson(request.toJson().toString(), SMALL);
    assertThat(json).as("typed and JSON routes, same seed").isEqualTo(ReportJson.mapper().writeValueAsString(report));
    assertThat(request.toJson().get("mask_type").asText()).isEqualTo("FFP2");
    assertThat(request.toJson().get("exposed_start").asText()).isEqualTo("09:00");
  }

  @Test
  void theBuildersTypedMethodsReachTheModel() {
    VirusReport shortRange = CAIMIRA.virusReport(office().shortRangeInteraction("Shouting", LocalTime.of(10, 0), 10)
        .shortRangeOccupants(2).mechanicalAirChanges(3).hepaFilter(200).build(), SMALL);
    GroupReport group = shortRange.groups().values().iterator().next();
    assertThat(group.shortRangeInteractions()).hasSize(1);
    assertThat(group.longRangeProb()).isLessThan(group.probInf());

    VirusReport incidence = CAIMIRA.virusReport(office().localIncidence(100_000, 50, "confidence_high").build(),
        SMALL);
    assertThat(incidence.groups().values().iterator().next().probProbabilisticExposure()).isNotNull();
  }

  @Test
  void badInputNamesTheKey() {
    InputError volume = catchThrowableOfType(InputError.class,
        () -> CAIMIRA.virusReport(office().roomVolume(-5).build(), SMALL));
    assertThat(volume.field()).isEqualTo("room_volume");
    assertThat(volume.message(Locale.ENGLISH)).contains("room_volume");

    assertThatThrownBy(() -> VirusRequest.builder().set("room_colour", "blue"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("room_volume");
    assertThatThrownBy(() -> CAIMIRA.virusReportJson("{\"room_volume\": ")).isInstanceOf(InputError.class)
        .hasMessageContaining("Malformed JSON");
    assertThatThrownBy(() -> CAIMIRA.virusReportJson("[1]")).isInstanceOf(InputError.class);
  }

  @Test
  void co2ToolsWithTypedRequests() throws Exception {
    Co2Request morning = Co2Request.builder().roomVolume(60).people(2, 1).roomCapacity(10)
        .presence(LocalTime.of(8, 0), LocalTime.of(10, 0)).noLunch()
        .sensorData(List.of(8.0, 8.5, 9.0, 9.5, 10.0), List.of(440.0, 620.0, 780.0, 700.0, 560.0))
        .ventilationTransitions(List.of(8.0, 9.0, 10.0)).build();
    TransitionTimes times = CAIMIRA.co2TransitionTimes(morning);
    assertThat(times.totalTimes()).isNotEmpty();
    Co2FitResult fit = CAIMIRA.co2Fit(morning);
    assertThat(fit.ventilationValues()).hasSize(2);
    assertThat(fit.exhalationRate()).isPositive();
    assertThat(CAIMIRA.co2FitJson(morning.toJson().toString()))
        .isEqualTo(ReportJson.mapper().writeValueAsString(fit));
  }
}
