package io.caimira.model.population;

import io.caimira.model.time.IntPiecewiseConstant;
import io.caimira.model.time.Interval;

/** How many people of a group are in the room over the day. */
public sealed interface Headcount permits Headcount.Fixed, Headcount.Varying {

  /** When at least one person of the group is present. */
  Interval presence();

  /** Number of people present at t. */
  int peoplePresent(double t);

  default boolean anyonePresent(double t) {
    return peoplePresent(t) != 0;
  }

  static Headcount fixed(int number, Interval presence) {
    return new Fixed(number, presence);
  }

  static Headcount varying(IntPiecewiseConstant number) {
    return new Varying(number);
  }

  /** A fixed number of people, all present during the same interval. */
  record Fixed(int number, Interval presence) implements Headcount {
    public Fixed {
      java.util.Objects.requireNonNull(presence, "presence");
      if (number < 0) {
        throw new IllegalArgumentException("The number of people must not be negative: " + number);
      }
    }

    @Override
    public int peoplePresent(double t) {
      return presence.triggered(t) ? number : 0;
    }

    @Override
    public boolean anyonePresent(double t) {
      return presence.triggered(t);
    }
  }

  /** A number of people that changes during the day (zero outside the covered span). */
  record Varying(IntPiecewiseConstant number) implements Headcount {
    public Varying {
      java.util.Objects.requireNonNull(number, "number");
    }

    @Override
    public Interval presence() {
      return number.interval();
    }

    @Override
    public int peoplePresent(double t) {
      return number.value(t);
    }
  }
}
