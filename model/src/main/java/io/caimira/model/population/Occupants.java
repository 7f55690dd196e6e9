package io.caimira.model.population;

import io.caimira.model.time.Interval;

/** A group of people in the room with one activity. */
public interface Occupants {
  Headcount headcount();

  Activity activity();

  default Interval presenceInterval() {
    return headcount().presence();
  }

  default int peoplePresent(double t) {
    return headcount().peoplePresent(t);
  }
}
