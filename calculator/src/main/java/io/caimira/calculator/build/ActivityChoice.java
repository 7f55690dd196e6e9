package io.caimira.calculator.build;

import io.caimira.calculator.input.ActivityType;
import io.caimira.calculator.input.VirusInput;
import io.caimira.calculator.presence.Occupancy;
import io.caimira.model.aerosol.ExpirationType;
import io.caimira.model.population.PhysicalActivity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The physical activity of everyone and the expiration mix of the infected (physics.md §1.7): from the
 * {@code activity_type} table; {@code smallmeeting} speaks 1/N of the time ({Speaking 1, Breathing N − 1}, N =
 * total people, or with occupancy groups the largest simultaneous number of infected, as upstream);
 * {@code precise} from {@code precise_activity}.
 */
public record ActivityChoice(PhysicalActivity physicalActivity, Map<ExpirationType, Double> expirations) {

  public static ActivityChoice of(VirusInput input) {
    ActivityType type = input.activityType();
    if (type == ActivityType.PRECISE) {
      return new ActivityChoice(input.precise().physicalActivity(), input.precise().respiratory());
    }
    Map<ExpirationType, Double> mix = type.expirations();
    if (type == ActivityType.SMALL_MEETING) {
      int people = input.population().hasOccupancy()
          ? Occupancy.infected(input.population().occupancy()).max()
          : input.population().totalPeople();
      Map<ExpirationType, Double> meeting = new LinkedHashMap<>();
      meeting.put(ExpirationType.SPEAKING, 1.0);
      meeting.put(ExpirationType.BREATHING, Math.max(people - 1, 0) * 1.0);
      mix = meeting;
    }
    return new ActivityChoice(type.physicalActivity().orElseThrow(), mix);
  }
}
