package io.caimira.model.concentration;

import io.caimira.model.population.Occupants;
import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import io.caimira.model.ventilation.Ventilation;

/**
 * A concentration model whose removal rate, background and normalisation factor are given directly (constant in
 * time), so that the exact solver can be checked on its own (upstream test helper KnownConcentrationModelBase).
 * The ventilation only contributes its transition times.
 */
final class KnownConcentrationModel extends ConcentrationModel {
  private final Occupants emitters;
  private final Samples removalRate;
  private final Samples background;
  private final Samples normalization;

  KnownConcentrationModel(Room room, Ventilation ventilation, Occupants emitters, Samples removalRate,
      Samples background, Samples normalization) {
    super(room, ventilation);
    this.emitters = emitters;
    this.removalRate = removalRate;
    this.background = background;
    this.normalization = normalization;
  }

  KnownConcentrationModel(Room room, Ventilation ventilation, Occupants emitters, double removalRate,
      double background, double normalization) {
    this(room, ventilation, emitters, Samples.constant(removalRate), Samples.constant(background),
        Samples.constant(normalization));
  }

  @Override
  public Occupants emitters() {
    return emitters;
  }

  @Override
  public Samples removalRate(double t) {
    return removalRate;
  }

  @Override
  public Samples backgroundConcentration() {
    return background;
  }

  @Override
  public Samples normalizationFactor() {
    return normalization;
  }
}
