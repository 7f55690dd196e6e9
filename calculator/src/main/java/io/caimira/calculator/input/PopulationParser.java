package io.caimira.calculator.input;

import io.caimira.calculator.InputError;
import io.caimira.calculator.Message;
import io.caimira.calculator.MessageKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Upstream's {@code validate_population_parameters} (api.md §5, rule 1) for the inputs shared by the virus and CO₂
 * forms, and the assembly of {@link PopulationInput}. Messages are upstream's; each error names its input key.
 */
final class PopulationParser {
  private PopulationParser() {}

  /** Validates the single-group inputs (when {@code occupancy} is empty) or the groups, and reads the groups. */
  static List<OccupancyGroup> validate(FormValues v) {
    List<OccupancyGroup> groups = OccupancyParser.parse(v.json("occupancy"));
    if (groups.isEmpty()) {
      validateSingleGroup(v);
    }
    return groups;
  }

  private static void validateSingleGroup(FormValues v) {
    if (v.integer("infected_people") >= v.integer("total_people")) {
      throw new InputError("infected_people", Message.of(MessageKey.INFECTED_NOT_BELOW_TOTAL));
    }
    boolean split = v.bool("infected_dont_have_breaks_with_exposed");
    List<String> pairs = new ArrayList<>(List.of("exposed", "infected"));
    if (v.bool("exposed_lunch_option")) {
      pairs.add("exposed_lunch");
    }
    if (split && v.bool("infected_lunch_option")) {
      pairs.add("infected_lunch");
    }
    for (String a : pairs) {
      int start = v.minutes(a + "_start");
      int end = v.minutes(a + "_finish");
      if (start > end) {
        throw new InputError(a + "_start",
            Message.of(MessageKey.START_AFTER_FINISH, a + "_start", a + "_finish", start, end));
      }
    }
    List<String> populations = split ? List.of("exposed", "infected") : List.of("exposed");
    for (String p : populations) {
      int start = v.minutes(p + "_start");
      int finish = v.minutes(p + "_finish");
      boolean lunch = v.bool(p + "_lunch_option");
      int lunchStart = v.minutes(p + "_lunch_start");
      int lunchFinish = v.minutes(p + "_lunch_finish");
      if (lunch && !(start <= lunchStart && lunchStart <= finish && start <= lunchFinish && lunchFinish <= finish)) {
        throw new InputError(p + "_lunch_start", Message.of(MessageKey.LUNCH_OUTSIDE_PRESENCE, p));
      }
      int lunchMinutes = lunch ? lunchFinish - lunchStart : 0;
      int coffeeMinutes = coffeeBreaks(v, p + "_coffee_break_option") * v.integer(p + "_coffee_duration");
      if (lunchMinutes + coffeeMinutes >= finish - start) {
        throw new InputError(p + "_coffee_break_option", Message.of(MessageKey.BREAKS_TOO_LONG, p));
      }
      coffeeBreaks(v, "exposed_coffee_break_option");
      coffeeBreaks(v, "infected_coffee_break_option");
    }
  }

  /** The number of coffee breaks of a coffee option, checked against coffee_break_0 … coffee_break_4. */
  static int coffeeBreaks(FormValues v, String key) {
    String option = v.str(key);
    int n = Choices.COFFEE_OPTIONS.indexOf(option);
    if (n < 0) {
      throw new InputError(key,
          Message.of(MessageKey.CHOICE_INVALID, option, key, new Message.Listing(Choices.COFFEE_OPTIONS)));
    }
    return n;
  }

  static Schedule schedule(FormValues v, String p) {
    return new Schedule(
        v.minutes(p + "_start"), v.minutes(p + "_finish"), v.bool(p + "_lunch_option"),
        v.minutes(p + "_lunch_start"), v.minutes(p + "_lunch_finish"),
        coffeeBreaks(v, p + "_coffee_break_option"), v.integer(p + "_coffee_duration"));
  }

  static PopulationInput assemble(FormValues v, List<OccupancyGroup> groups, SpecificBreaks breaks) {
    return new PopulationInput(
        v.integer("total_people"), v.integer("infected_people"),
        schedule(v, "exposed"), schedule(v, "infected"),
        !v.bool("infected_dont_have_breaks_with_exposed"), breaks, groups);
  }
}
