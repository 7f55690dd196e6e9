package io.caimira.model.exposure;

import io.caimira.model.concentration.LongRangeConcentration;
import io.caimira.model.sample.Samples;
import java.util.ArrayList;
import java.util.List;

/**
 * Several exposed groups sharing the same infected populations (dynamic occupancy): one exposure model per group.
 */
public record ExposureModelGroup(List<ExposureModel> exposureModels) {

  public ExposureModelGroup {
    exposureModels = List.copyOf(exposureModels);
    if (exposureModels.isEmpty()) {
      throw new IllegalArgumentException("An exposure model group needs at least one exposure model");
    }
    List<? extends LongRangeConcentration> first = exposureModels.get(0).concentrationModels();
    for (ExposureModel m : exposureModels) {
      if (m.concentrationModels().size() != first.size()) {
        throw new IllegalArgumentException("All ExposureModels must have the same number of ConcentrationModels.");
      }
    }
    for (int i = 0; i < first.size(); i++) {
      var reference = first.get(i).infected().headcount();
      for (ExposureModel m : exposureModels) {
        if (!m.concentrationModels().get(i).infected().headcount().equals(reference)) {
          throw new IllegalArgumentException(
              "All ExposureModels must have the same infected number and presence in each ConcentrationModel.");
        }
      }
    }
  }

  /** Probability of infection [%] of each group, in order. */
  public List<Samples> infectionProbabilities() {
    List<Samples> out = new ArrayList<>();
    for (ExposureModel m : exposureModels) {
      out.add(m.infectionProbability());
    }
    return out;
  }

  /** Expected new cases over all groups. */
  public Samples expectedNewCases() {
    Samples total = Samples.constant(0.0);
    for (ExposureModel m : exposureModels) {
      total = total.plus(m.expectedNewCases());
    }
    return total;
  }

  /** Reproduction number summed over the groups. */
  public Samples reproductionNumber() {
    Samples total = Samples.constant(0.0);
    for (ExposureModel m : exposureModels) {
      total = total.plus(m.reproductionNumber());
    }
    return total;
  }
}
