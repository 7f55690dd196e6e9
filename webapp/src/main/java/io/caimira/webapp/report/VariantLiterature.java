package io.caimira.webapp.report;

import io.caimira.model.virus.Variant;
import java.util.Map;

/** How the report names a virus variant, and the publication on it that upstream's report links to. */
final class VariantLiterature {
  private static final Map<Variant, String> NAMES = Map.of(
      Variant.SARS_CoV_2_ALPHA, "Alpha",
      Variant.SARS_CoV_2_BETA, "Beta",
      Variant.SARS_CoV_2_GAMMA, "Gamma",
      Variant.SARS_CoV_2_DELTA, "Delta",
      Variant.SARS_CoV_2_OMICRON, "Omicron");
  private static final Map<Variant, String> LINKS = Map.of(
      Variant.SARS_CoV_2_ALPHA,
      "https://www.ecdc.europa.eu/en/publications-data/covid-19-risk-assessment-spread-new-sars-cov-2-variants-eueea",
      Variant.SARS_CoV_2_BETA, "https://www.eurosurveillance.org/content/10.2807/1560-7917.ES.2021.26.24.2100509",
      Variant.SARS_CoV_2_GAMMA, "https://doi.org/10.1126/science.abh2644",
      Variant.SARS_CoV_2_DELTA, "https://www.bmj.com/content/373/bmj.n1513",
      Variant.SARS_CoV_2_OMICRON, "https://gitlab.cern.ch/caimira/caimira/-/issues/226");

  private VariantLiterature() {}

  /** "SARS-CoV-2 (nominal strain)" or "SARS-CoV-2 (Delta VOC)", in the page's language. */
  static String name(Variant v, ReportMessages msg) {
    return v == Variant.SARS_CoV_2 ? msg.virus_nominal() : msg.virus_voc(NAMES.get(v));
  }

  /** The publication's address, null for the nominal strain. */
  static String link(Variant v) {
    return LINKS.get(v);
  }
}
