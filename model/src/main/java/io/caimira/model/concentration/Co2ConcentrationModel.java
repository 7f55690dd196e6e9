package io.caimira.model.concentration;

import io.caimira.model.population.SimplePopulation;
import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import io.caimira.model.ventilation.Ventilation;

/**
 * CO₂ concentration [ppm] in the room: exhaled by the occupants, removed by air exchange only, over the outdoor
 * background of 440.44 ppm. Normalisation = 10⁶ · exhalation rate · 4.2 % CO₂ in exhaled air.
 */
public final class Co2ConcentrationModel extends ConcentrationModel {
  /** Outdoor CO₂ concentration [ppm]. */
  public static final double ATMOSPHERE_PPM = 440.44;

  /** Volume fraction of CO₂ in exhaled air. */
  public static final double FRACTION_EXHALED = 0.042;

  private final SimplePopulation emitters;

  public Co2ConcentrationModel(Room room, Ventilation ventilation, SimplePopulation emitters) {
    super(room, ventilation);
    this.emitters = java.util.Objects.requireNonNull(emitters, "emitters");
  }

  @Override
  public SimplePopulation emitters() {
    return emitters;
  }

  @Override
  public Samples removalRate(double t) {
    return ventilation().airExchange(room(), t);
  }

  @Override
  public Samples backgroundConcentration() {
    return Samples.constant(ATMOSPHERE_PPM);
  }

  @Override
  public Samples normalizationFactor() {
    return emitters.activity().exhalationRate().times(1e6 * FRACTION_EXHALED);
  }
}
