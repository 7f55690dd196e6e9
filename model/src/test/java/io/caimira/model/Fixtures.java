package io.caimira.model;

import io.caimira.model.aerosol.Mask;
import io.caimira.model.concentration.VirusConcentrationModel;
import io.caimira.model.exposure.ExposureModel;
import io.caimira.model.population.Cases;
import io.caimira.model.population.EmittingPopulation;
import io.caimira.model.population.ExposedPopulation;
import io.caimira.model.population.Headcount;
import io.caimira.model.population.PhysicalActivity;
import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import io.caimira.model.time.SpecificInterval;
import io.caimira.model.ventilation.AirChange;
import io.caimira.model.virus.Variant;
import java.util.List;

/** Models shared by several tests, mirroring upstream's test fixtures (caimira/tests/conftest.py). */
public final class Fixtures {
  private Fixtures() {}

  /**
   * 75 m³ room at 30 ACH with one super-spreader emitting 970·50 virions/h, present 0–4 h and 5–8 h, light
   * activity, no mask (upstream's baseline concentration model).
   */
  public static VirusConcentrationModel baselineConcentrationModel() {
    EmittingPopulation infected = new EmittingPopulation(
        Headcount.fixed(1, SpecificInterval.of(0, 4, 5, 8)),
        PhysicalActivity.LIGHT_ACTIVITY.fixed(),
        Mask.NONE,
        Variant.SARS_CoV_2.fixedVirus(),
        Samples.constant(970 * 50));
    return new VirusConcentrationModel(
        new Room(75), new AirChange(SpecificInterval.of(0, 24), 30.0), infected, 0.3);
  }

  /** The baseline concentration model with 1000 exposed people present as the infected. */
  public static ExposureModel baselineExposureModel() {
    VirusConcentrationModel c = baselineConcentrationModel();
    ExposedPopulation exposed = new ExposedPopulation(
        new Headcount.Fixed(1000, c.infected().presenceInterval()),
        c.infected().activity(),
        c.infected().mask(),
        Samples.constant(0.0));
    return new ExposureModel(List.of(c), List.of(), exposed, Cases.NONE);
  }
}
