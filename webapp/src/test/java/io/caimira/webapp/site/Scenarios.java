package io.caimira.webapp.site;

import io.caimira.webapp.form.FormFields;
import io.caimira.webapp.form.LinkCodec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Calculator inputs for the tests, as the form sends them, with a fixed seed. */
final class Scenarios {
  private Scenarios() {}

  /** An office without ventilation: 60 m³, 10 people of whom 1 infected. */
  static FormFields office(String name, long seed) {
    Map<String, List<String>> v = new LinkedHashMap<>();
    v.put("calculator_version", List.of("4.19.0"));
    v.put("simulation_name", List.of(name));
    v.put("room_number", List.of("1/1-001"));
    v.put("volume_type", List.of("room_volume_explicit"));
    v.put("room_volume", List.of("60"));
    v.put("total_people", List.of("10"));
    v.put("infected_people", List.of("1"));
    v.put("location_name", List.of("Geneva, CHE"));
    v.put("location_latitude", List.of("46.20833"));
    v.put("location_longitude", List.of("6.14275"));
    v.put("inside_temp", List.of("293"));
    v.put("seed", List.of(Long.toString(seed)));
    return FormFields.of(v);
  }

  /** The same office with 3 air changes per hour of mechanical ventilation and FFP2 masks. */
  static FormFields ventilatedOffice(String name, long seed) {
    return office(name, seed).with("ventilation_type", "mechanical_ventilation")
        .with("mechanical_ventilation_type", "mech_type_air_changes").with("air_changes", "3")
        .with("mask_wearing_option", "mask_on").with("mask_type", "FFP2");
  }

  /** The compressed inputs, as in report links. */
  static String code(FormFields fields) {
    return LinkCodec.encode(fields.toQuery());
  }
}
