package io.caimira.model.exposure;

import io.caimira.model.aerosol.Particle;
import io.caimira.model.concentration.ConcentrationModel;
import io.caimira.model.concentration.LongRangeConcentration;
import io.caimira.model.concentration.Weight;
import io.caimira.model.population.VirusSource;
import io.caimira.model.sample.Samples;
import io.caimira.model.shortrange.ShortRangeModel;
import io.caimira.model.time.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Sample means of an exposure model on a time grid, as a report shows them. For every time t of the grid:
 * {@link ExposureModel#concentration(double)} and {@link ExposureModel#longRangeConcentration(double)}; and the
 * mean dose accumulated from the first time to t, with and without the short-range interactions — the sums of
 * {@link ExposureModel#depositedExposureBetweenBounds} and
 * {@link ExposureModel#longRangeDepositedExposureBetweenBounds} over the grid intervals before t.
 *
 * <p>Computed from one walk per sample of each concentration model: the dose over any interval is a difference
 * of cumulative integrals, weighted per sample by the diameter-dependent factor (aerosol volume × deposition)
 * before the Monte-Carlo mean over the diameter, as the single-interval methods do.
 */
public record ExposureCurves(
    double[] times,
    double[] concentrations,
    double[] longRangeConcentrations,
    double[] cumulativeDoses,
    double[] longRangeCumulativeDoses,
    Samples depositedExposure,
    Samples longRangeDepositedExposure) {

  /**
   * The whole-day deposited dose per sample, with the short-range interactions, when the walk could give it (the
   * grid spans all population changes and every diameter is sampled); equal to
   * {@link ExposureModel#depositedExposure(boolean) depositedExposure(true)}. Else null.
   */
  public Samples depositedExposure() {
    return depositedExposure;
  }

  /** As {@link #depositedExposure()}, without the short-range interactions; or null. */
  public Samples longRangeDepositedExposure() {
    return longRangeDepositedExposure;
  }

  static ExposureCurves of(ExposureModel model, double[] times) {
    for (int q = 1; q < times.length; q++) {
      if (!(times[q] > times[q - 1])) {
        throw new IllegalArgumentException("Times must be strictly increasing");
      }
    }
    List<ShortRangeModel> interactions = model.shortRange();
    double[] points = withInteractionBounds(times, interactions);
    int m = interactions.size();
    Samples[] inverseDilution = new Samples[m];
    for (int j = 0; j < m; j++) {
      inverseDilution[j] = interactions.get(j).inverseDilutionFactor();
    }
    List<Span> breathing = model.exposedSpans();
    Samples inhalation = model.exposed().activity().inhalationRate();
    Samples inward = model.exposed().mask().inhaleEfficiency();
    // kept with the mask's draw, so that the products keyed by it below are shared too
    Samples notFiltered = inward.derived(NotFilteredKey.ONE_MINUS, () -> inward.map(eta -> 1 - eta));

    double[] longRangeConc = new double[points.length];
    double[] dilutedLongRange = new double[points.length];
    double[][] longRangeOverDilution = new double[m][points.length];
    double[] longRangeDose = new double[points.length];
    double[] populationTimes = model.populationStateChangeTimes();
    boolean wholeDay = populationTimes.length >= 2 && points[0] <= populationTimes[0]
        && points[points.length - 1] >= populationTimes[populationTimes.length - 1];
    Samples dayLongRange = Samples.constant(0.0);
    double[][] meanOverDiameterSr = new double[m][];
    Samples dayPerSample = null;
    Samples emission = null;
    for (LongRangeConcentration c : model.concentrationModels()) {
      if (!(c instanceof ConcentrationModel walkable)) {
        return slowPath(model, times);
      }
      VirusSource infected = c.infected();
      Samples diameter = infected.particleDiameter();
      boolean sampledDiameter = diameter != null && !diameter.isConstant();
      Samples perDiameter =
          Particle.timesDepositionFraction(c.aerosols(), diameter, c.evaporationFactor());
      Samples perAerosol = c.emissionRatePerAerosolPerPerson();
      // formed once for the factors a report and its alternative scenarios share
      Samples perSample = perAerosol.derived(new PerSampleKey(inhalation.key(), notFiltered.key()),
          () -> perAerosol.timesProduct(inhalation, notFiltered));
      Samples k = walkable.normalizationFactor();
      // the interactions' weights are products with their inverse dilution factors, formed block by block in the
      // walk: no sample-sized array per interaction
      Weight[] concWeights = new Weight[1 + m];
      Weight[] doseWeights = new Weight[1 + m];
      concWeights[0] = Weight.of(k);
      Samples doseFactor = sampledDiameter ? perDiameter : perDiameter.times(perSample);
      doseWeights[0] = Weight.of(doseFactor);
      double[] scale = new double[1 + m];
      scale[0] = sampledDiameter ? perSample.mean() : 1.0;
      for (int j = 0; j < m; j++) {
        concWeights[1 + j] = Weight.product(k, inverseDilution[j]);
        doseWeights[1 + j] = sampledDiameter ? doseWeights[0] : Weight.product(doseFactor, inverseDilution[j]);
        scale[1 + j] = sampledDiameter ? JetTerms.meanProduct(perSample, inverseDilution[j]) : 1.0;
      }
      ConcentrationModel.Means means = walkable.means(points, breathing, concWeights, doseWeights);
      if (sampledDiameter) {
        double whole = means.cumulativeIntegrals()[0][points.length - 1];
        dayLongRange = dayLongRange.plus(perSample.times(whole));
        dayPerSample = perSample;
        for (int j = 0; j < m; j++) {
          meanOverDiameterSr[j] = means.cumulativeIntegrals()[1 + j];
        }
      } else {
        wholeDay = false;
      }
      for (int q = 0; q < points.length; q++) {
        longRangeConc[q] += means.concentrations()[0][q];
        longRangeDose[q] += means.cumulativeIntegrals()[0][q] * scale[0];
        for (int j = 0; j < m; j++) {
          longRangeOverDilution[j][q] += means.cumulativeIntegrals()[1 + j][q] * scale[1 + j];
        }
      }
      if (m > 0) {
        // only one concentration model can have interactions
        if (emission == null) {
          emission = perAerosol;
        }
        double[] perInteraction = new double[points.length];
        for (int j = 0; j < m; j++) {
          Span p = interactions.get(j).presence();
          for (int q = 0; q < points.length; q++) {
            if (p.start() <= points[q] && points[q] <= p.end()) {
              perInteraction[q] += means.concentrations()[1 + j][q];
            }
          }
        }
        for (int q = 0; q < points.length; q++) {
          dilutedLongRange[q] += perInteraction[q];
        }
      }
    }

    double[] conc = longRangeConc.clone();
    double[] dose = longRangeDose.clone();
    Samples dayTotal = wholeDay ? dayLongRange : null;
    // the whole-day dose with the interactions, formed in place (a copy: dayLongRange may share its samples)
    double[] dayWithJets = wholeDay && m > 0 ? wholeDayArray(dayLongRange, emission, model, interactions) : null;
    for (int j = 0; j < m; j++) {
      ShortRangeModel sr = interactions.get(j);
      Span p = sr.presence();
      double overlapHours = 0.0;
      double replaced = 0.0;
      if (dayWithJets != null) {
        Span overlap = sr.extractBetweenBounds(populationTimes[0], populationTimes[populationTimes.length - 1]);
        if (overlap.duration() > 0) {
          overlapHours = overlap.duration();
          replaced = meanOverDiameterSr[j][Arrays.binarySearch(points, overlap.end())]
              - meanOverDiameterSr[j][Arrays.binarySearch(points, overlap.start())];
        }
      }
      JetTerms terms = JetTerms.of(model, sr, emission, overlapHours > 0 ? dayWithJets : null, overlapHours,
          dayPerSample, replaced);
      double jet = terms.meanConcentration();
      double meanJetDosePerHour = terms.meanDosePerHour();
      int startIndex = Arrays.binarySearch(points, Math.max(p.start(), points[0]));
      for (int q = 0; q < points.length; q++) {
        double t = points[q];
        if (p.start() <= t && t <= p.end()) {
          conc[q] += jet;
        }
        double from = Math.max(p.start(), points[0]);
        double to = Math.min(p.end(), t);
        if (to > from) {
          int toIndex = Arrays.binarySearch(points, to);
          dose[q] += meanJetDosePerHour * (to - from)
              - (longRangeOverDilution[j][toIndex] - longRangeOverDilution[j][startIndex]);
        }
      }
    }
    for (int q = 0; q < points.length; q++) {
      conc[q] -= dilutedLongRange[q];
    }
    if (dayWithJets != null) {
      dayTotal = Samples.adopt(dayWithJets);
    }
    Samples dayLong = wholeDay ? dayLongRange : null;
    return select(times, points, conc, longRangeConc, dose, longRangeDose, dayTotal, dayLong);
  }

  /** A fresh copy of the long-range whole-day doses, at the size of the interactions' per-sample terms. */
  private static double[] wholeDayArray(Samples dayLongRange, Samples emission, ExposureModel model,
      List<ShortRangeModel> interactions) {
    List<Samples> operands = new ArrayList<>(List.of(emission, model.exposed().mask().inhaleEfficiency()));
    for (ShortRangeModel sr : interactions) {
      operands.add(sr.inverseDilutionFactor());
      operands.add(sr.activity().inhalationRate());
      operands.add(sr.infected().activity().exhalationRate());
    }
    int n = Samples.broadcastSize(dayLongRange, operands.toArray(Samples[]::new));
    double[] out = new double[n];
    Samples.Reader longRange = dayLongRange.reader();
    for (int i = 0; i < n; i++) {
      out[i] = longRange.get(i);
    }
    return out;
  }

  private static double[] withInteractionBounds(double[] times, List<ShortRangeModel> interactions) {
    TreeSet<Double> set = new TreeSet<>();
    for (double t : times) {
      set.add(t);
    }
    double first = times[0];
    double last = times[times.length - 1];
    for (ShortRangeModel sr : interactions) {
      for (double t : new double[] {sr.presence().start(), sr.presence().end()}) {
        if (t > first && t < last) {
          set.add(t);
        }
      }
    }
    return set.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static ExposureCurves select(double[] times, double[] points, double[] conc, double[] longRangeConc,
      double[] dose, double[] longRangeDose, Samples dayTotal, Samples dayLong) {
    int n = times.length;
    double[][] out = new double[4][n];
    for (int q = 0; q < n; q++) {
      int p = Arrays.binarySearch(points, times[q]);
      out[0][q] = conc[p];
      out[1][q] = longRangeConc[p];
      out[2][q] = dose[p];
      out[3][q] = longRangeDose[p];
    }
    return new ExposureCurves(times.clone(), out[0], out[1], out[2], out[3], dayTotal, dayLong);
  }

  /** For concentration models that cannot be walked in bulk (test doubles): interval by interval. */
  private static ExposureCurves slowPath(ExposureModel model, double[] times) {
    int n = times.length;
    double[] conc = new double[n];
    double[] longRangeConc = new double[n];
    double[] dose = new double[n];
    double[] longRangeDose = new double[n];
    for (int q = 0; q < n; q++) {
      conc[q] = model.concentration(times[q]);
      longRangeConc[q] = model.longRangeConcentration(times[q]);
      if (q > 0) {
        dose[q] = dose[q - 1] + model.depositedExposureBetweenBounds(times[q - 1], times[q]).mean();
        longRangeDose[q] = longRangeDose[q - 1]
            + model.longRangeDepositedExposureBetweenBounds(times[q - 1], times[q]).mean();
      }
    }
    return new ExposureCurves(times.clone(), conc, longRangeConc, dose, longRangeDose, null, null);
  }

  /** {@link Samples#derived} key of 1 − an inward efficiency. */
  private enum NotFilteredKey { ONE_MINUS }

  /** {@link Samples#derived} key of the emission per aerosol times the inhalation and the unfiltered share. */
  private record PerSampleKey(Object inhalation, Object notFiltered) {}
}
