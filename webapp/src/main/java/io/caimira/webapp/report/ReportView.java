package io.caimira.webapp.report;

import java.util.List;

/**
 * Everything the report template shows, formatted for the page's language.
 *
 * @param calculatorVersion the version of CAiMIRA's calculator this server reproduces (not the client's)
 * @param build this server's version
 * @param alternatives the alternative scenarios table, empty when not shown
 * @param seriesJson the plots' data ({@link ReportSeries}), safe to embed in a script element
 * @param qrSvg the QR code of the short link, as SVG markup made by {@link QrCodeSvg}
 * @param qrJson the same QR code's dark modules ({@link QrModules#json()}), for the PDF download
 * @param risk the CERN theme's level of the whole report (first group, as upstream)
 * @param co2Checks what is implausible in a CO₂ fit ventilation ({@code FitChecks}), empty otherwise
 * @param riskScale the open theme's sentence saying where its risk levels change
 */
public record ReportView(
    String simulationName,
    String creationDate,
    String calculatorVersion,
    String build,
    String dataVersion,
    List<GroupView> groups,
    boolean occupancy,
    boolean probabilistic,
    boolean shortRange,
    String location,
    int infectedPeople,
    int totalPeople,
    List<ScenarioRow> alternatives,
    boolean conditional,
    ReportLinks links,
    String qrSvg,
    String qrJson,
    String seriesJson,
    List<InputDataSections.Section> inputData,
    boolean cern,
    RiskLevel risk,
    String co2MaxText,
    List<String> co2Checks,
    String riskScale) {}
