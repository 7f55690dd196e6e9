package io.caimira.model.ventilation;

import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import java.util.List;

/** Several ventilation means acting together: their air exchange rates add up. */
public record MultipleVentilation(List<Ventilation> parts) implements Ventilation {

  public MultipleVentilation {
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("MultipleVentilation needs at least one part");
    }
  }

  public static MultipleVentilation of(Ventilation... parts) {
    return new MultipleVentilation(List.of(parts));
  }

  @Override
  public Samples airExchange(Room room, double t) {
    Samples total = parts.get(0).airExchange(room, t);
    for (int i = 1; i < parts.size(); i++) {
      total = total.plus(parts.get(i).airExchange(room, t));
    }
    return total;
  }

  @Override
  public double[] transitionTimes(Room room) {
    double[][] all = new double[parts.size()][];
    for (int i = 0; i < all.length; i++) {
      all[i] = parts.get(i).transitionTimes(room);
    }
    return TimeSets.union(all);
  }
}
