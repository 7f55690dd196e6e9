package io.caimira.model.co2;

import com.fasterxml.jackson.databind.JsonNode;
import io.caimira.model.time.IntPiecewiseConstant;
import io.caimira.model.time.SpecificInterval;
import io.caimira.model.time.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Total occupancy of a /co2/report body in the legacy form (api.md §7.1, physics.md §3.2): the
 * infected and the exposed are each present from their start to their finish time minus the lunch
 * break (when its option is "1"); the infected share the exposed people's breaks (the default of
 * {@code infected_dont_have_breaks_with_exposed}). Only what the shared reference cases use is
 * supported: {@link #supports} says whether a body fits (no coffee breaks, specific breaks or
 * dynamic occupancy).
 */
final class ReportInputOccupancy {
  private ReportInputOccupancy() {}

  static boolean supports(JsonNode body) {
    return !body.has("occupancy")
        && !body.has("specific_breaks")
        && !body.path("infected_dont_have_breaks_with_exposed").asText("0").equals("1")
        && body.path("exposed_coffee_break_option").asText("coffee_break_0").equals("coffee_break_0")
        && body.path("infected_coffee_break_option").asText("coffee_break_0").equals("coffee_break_0");
  }

  static IntPiecewiseConstant occupancy(JsonNode body) {
    int total = Integer.parseInt(body.path("total_people").asText());
    int infected = Integer.parseInt(body.path("infected_people").asText("1"));
    // the form's defaults (api.md §7.1 / §4.2): lunch on, 12:30–13:30
    boolean lunch = body.path("exposed_lunch_option").asText("1").equals("1");
    int lunchStart = minutes(body.path("exposed_lunch_start").asText("12:30"));
    int lunchFinish = minutes(body.path("exposed_lunch_finish").asText("13:30"));
    SpecificInterval exposed =
        presence(
            minutes(body.path("exposed_start").asText("08:30")),
            minutes(body.path("exposed_finish").asText("17:30")),
            lunch, lunchStart, lunchFinish);
    SpecificInterval infectedPresence =
        presence(
            minutes(body.path("infected_start").asText("08:30")),
            minutes(body.path("infected_finish").asText("17:30")),
            lunch, lunchStart, lunchFinish);
    return TotalOccupancy.legacy(infectedPresence, infected, exposed, total);
  }

  /** [start, finish] without the break (minutes since midnight), as spans in hours. */
  static SpecificInterval presence(
      int start, int finish, boolean hasBreak, int breakStart, int breakFinish) {
    List<Span> spans = new ArrayList<>();
    int current = start;
    if (hasBreak && breakFinish > current && current < finish) {
      if (breakStart >= finish) {
        spans.add(new Span(current / 60.0, finish / 60.0));
        current = finish;
      } else {
        if (breakStart > current) {
          spans.add(new Span(current / 60.0, breakStart / 60.0));
        }
        current = Math.max(current, breakFinish);
      }
    }
    if (current < finish) {
      spans.add(new Span(current / 60.0, finish / 60.0));
    }
    return new SpecificInterval(spans);
  }

  static int minutes(String hhmm) {
    return 60 * Integer.parseInt(hhmm.substring(0, 2)) + Integer.parseInt(hhmm.substring(3));
  }
}
