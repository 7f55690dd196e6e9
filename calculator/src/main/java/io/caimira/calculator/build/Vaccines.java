package io.caimira.calculator.build;

import io.caimira.calculator.InputError;
import io.caimira.calculator.Message;
import io.caimira.calculator.MessageKey;
import io.caimira.calculator.input.VaccinationInput;
import java.util.List;
import java.util.Map;

/**
 * Vaccine effectiveness used as the host immunity of the exposed (physics.md §1.10, tables §9.1–9.2; upstream
 * source: "Results of COVID-19 Vaccine Effectiveness Studies: An Ongoing Systematic Review - Updated September 8,
 * 2022", view-hub.org).
 */
public final class Vaccines {
  private Vaccines() {}

  static final Map<String, Double> PRIMARY = Map.ofEntries(
      Map.entry("AZD1222_(AstraZeneca)", 0.589293),
      Map.entry("AZD1222_(AstraZeneca)_and_BNT162b2_(Pfizer)", 0.7865),
      Map.entry("AZD1222_(AstraZeneca)_and_any_mRNA_-_heterologous", 0.81),
      Map.entry("Ad26.COV2.S_(Janssen)", 0.551278),
      Map.entry("Any_mRNA_-_heterologous", 0.93875),
      Map.entry("BBIBP-CorV_(Beijing_CNBG)", 0.4325),
      Map.entry("BNT162b2_(Pfizer)", 0.660272),
      Map.entry("BNT162b2_(Pfizer)_and_mRNA-1273_(Moderna)", 0.586319),
      Map.entry("CoronaVac_(Sinovac)", 0.317333),
      Map.entry("CoronaVac_(Sinovac)_and_AZD1222_(AstraZeneca)", 0.472),
      Map.entry("CoronaVac_(Sinovac)_and_AZD1222_(AstraZeneca)_-_heterologous", 0.74),
      Map.entry("CoronaVac_(Sinovac)_and_BNT162b2_(Pfizer)", 0.7965),
      Map.entry("Covishield", 0.98),
      Map.entry("Sputnik_V_(Gamaleya)", 0.696),
      Map.entry("mRNA-1273_(Moderna)", 0.730148));

  /** One row of the booster table: primary series, booster, effectiveness. First match wins. */
  record Booster(String primary, String booster, double effectiveness) {}

  static final List<Booster> BOOSTERS = List.of(
      new Booster("AZD1222_(AstraZeneca)", "AZD1222_(AstraZeneca)", 0.500429),
      new Booster("AZD1222_(AstraZeneca)", "BNT162b2_(Pfizer)", 0.537818),
      new Booster("AZD1222_(AstraZeneca)", "BNT162b2_(Pfizer)_or_mRNA-1273_(Moderna)", 0.284),
      new Booster("AZD1222_(AstraZeneca)", "mRNA-1273_(Moderna)", 0.709143),
      new Booster("Ad26.COV2.S_(Janssen)", "Ad26.COV2.S_(Janssen)", 0.492667),
      new Booster("Ad26.COV2.S_(Janssen)", "BNT162b2_(Pfizer)_or_mRNA-1273_(Moderna)", 0.79),
      new Booster("BNT162b2_(Pfizer)", "AZD1222_(AstraZeneca)", 0.801),
      new Booster("BNT162b2_(Pfizer)", "BNT162b2_(Pfizer)", 0.60712),
      new Booster("BNT162b2_(Pfizer)", "BNT162b2_(Pfizer)_or_mRNA-1273_(Moderna)", 0.632633),
      new Booster("BNT162b2_(Pfizer)", "mRNA-1273_(Moderna)", 0.716786),
      new Booster("BNT162b2_(Pfizer)_and_mRNA-1273_(Moderna)", "BNT162b2_(Pfizer)_and_mRNA-1273_(Moderna)", 0.645),
      new Booster("BNT162b2_(Pfizer)_(3_doses)", "BNT162b2_(Pfizer)_(4th_dose)", 0.962),
      new Booster("CoronaVac_(Sinovac)", "AZD1222_(AstraZeneca)", 0.9405),
      new Booster("CoronaVac_(Sinovac)", "BNT162b2_(Pfizer)", 0.690563),
      new Booster("CoronaVac_(Sinovac)", "CoronaVac_(Sinovac)", 0.52225),
      new Booster("mRNA-1273_(Moderna)", "BNT162b2_(Pfizer)", 0.842143),
      new Booster("mRNA-1273_(Moderna)", "BNT162b2_(Pfizer)_or_mRNA-1273_(Moderna)", 0.632633),
      new Booster("mRNA-1273_(Moderna)", "mRNA-1273_(Moderna)", 0.633238));

  /**
   * Host immunity of the exposed: 0 unless vaccinated; the booster row of (primary, booster) when boosted with a
   * booster other than "Other"; else the primary series' effectiveness.
   *
   * @throws InputError naming {@code vaccine_booster_type} when the pair has no effectiveness data (upstream:
   *     "list index out of range")
   */
  public static double hostImmunity(VaccinationInput v) {
    if (!v.vaccinated()) {
      return 0.0;
    }
    if (v.boosted() && !v.booster().equals("Other")) {
      return BOOSTERS.stream()
          .filter(b -> b.primary().equals(v.primary()) && b.booster().equals(v.booster()))
          .findFirst()
          .map(Booster::effectiveness)
          .orElseThrow(() -> new InputError("vaccine_booster_type",
              Message.of(MessageKey.BOOSTER_NO_DATA, v.booster(), v.primary())));
    }
    Double ve = PRIMARY.get(v.primary());
    if (ve == null) {
      throw new InputError("vaccine_type", Message.of(MessageKey.VACCINE_NO_DATA, v.primary()));
    }
    return ve;
  }
}
