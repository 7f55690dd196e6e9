package example;

import io.caimira.calculator.Caimira;
import io.caimira.calculator.Co2Request;
import io.caimira.calculator.InputError;
import io.caimira.calculator.ReportOptions;
import io.caimira.calculator.VirusRequest;
import io.caimira.calculator.co2.Co2FitResult;
import io.caimira.calculator.report.GroupReport;
import io.caimira.calculator.report.VirusReport;
import java.time.LocalTime;
import java.time.Month;
import java.util.List;
import java.util.Locale;

/** An office of ten with one infected person, windows open or masks on; a CO₂ fit; a refused input. */
public class OfficeRisk {
  public static void main(String[] args) {
    Caimira caimira = Caimira.create();

    VirusRequest.Builder office = VirusRequest.builder()
        .location("Geneva", 46.204, 6.143).eventMonth(Month.JANUARY)
        .roomVolume(60).people(10, 1)
        .exposedPresence(LocalTime.of(9, 0), LocalTime.of(17, 30))
        .infectedPresence(LocalTime.of(9, 0), LocalTime.of(17, 30))
        .lunch(LocalTime.of(12, 30), LocalTime.of(13, 30))
        .windows(1.6, 0.2, 1)
        .seed(42);
    ReportOptions fewerSamples = new ReportOptions(false, false, 20_000);
    for (String masks : List.of("none", "FFP2")) {
      VirusRequest request = masks.equals("none") ? office.build() : office.masks(masks).build();
      VirusReport report = caimira.virusReport(request, fewerSamples);
      GroupReport group = report.groups().values().iterator().next();
      System.out.printf(Locale.ROOT, "masks %s: P(infection) %.2f %%, expected new cases %.2f%n", masks,
          group.probInf(), group.expectedNewCases());
    }

    Co2FitResult fit = caimira.co2Fit(Co2Request.builder()
        .roomVolume(60).people(2, 1).presence(LocalTime.of(8, 0), LocalTime.of(10, 0)).noLunch()
        .sensorData(List.of(8.0, 8.5, 9.0, 9.5, 10.0), List.of(440.0, 620.0, 780.0, 700.0, 560.0))
        .ventilationTransitions(List.of(8.0, 9.0, 10.0)).build());
    System.out.printf(Locale.ROOT, "CO2 fit: air changes %s per hour%n", fit.ventilationValues());

    String json = caimira.co2TransitionTimesJson(Co2Request.builder().roomVolume(60).people(2, 1)
        .presence(LocalTime.of(8, 0), LocalTime.of(10, 0)).noLunch()
        .sensorData(List.of(8.0, 8.5, 9.0, 9.5, 10.0), List.of(440.0, 620.0, 780.0, 700.0, 560.0))
        .build().toJson().toString());
    System.out.println("transition times (JSON): " + json);

    try {
      caimira.virusReport(office.roomVolume(-5).build());
    } catch (InputError e) {
      System.out.println("refused: " + e.field() + ": " + e.message(Locale.ENGLISH));
    }
  }
}
