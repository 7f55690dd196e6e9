package io.caimira.calculator.input;

import io.caimira.model.aerosol.ExpirationType;
import io.caimira.model.population.PhysicalActivity;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The activity scenarios of {@code activity_type}: the physical activity of everyone in the room and the
 * expiration mix of the infected (physics.md §1.7, upstream registry {@code population_scenario_activity}).
 * {@code smallmeeting}'s mix is replaced at build time by {Speaking 1, Breathing N−1}; {@code precise} takes both
 * from {@code precise_activity}.
 */
public enum ActivityType {
  OFFICE("office", "Office", PhysicalActivity.SEATED, mix(ExpirationType.SPEAKING, 1, ExpirationType.BREATHING, 2)),
  SMALL_MEETING("smallmeeting", "Small meeting (<10 occ.)", PhysicalActivity.SEATED, mix(ExpirationType.SPEAKING, 1)),
  LARGE_MEETING("largemeeting", "Large meeting (>= 10 occ.)", PhysicalActivity.STANDING,
      mix(ExpirationType.SPEAKING, 1, ExpirationType.BREATHING, 2)),
  CALL_CENTER("callcenter", "Call Center", PhysicalActivity.SEATED, mix(ExpirationType.SPEAKING, 1)),
  CONTROL_ROOM_DAY("controlroom-day", "Control Room - Day shift", PhysicalActivity.SEATED,
      mix(ExpirationType.SPEAKING, 1, ExpirationType.BREATHING, 1)),
  CONTROL_ROOM_NIGHT("controlroom-night", "Control Room - Night shift", PhysicalActivity.SEATED,
      mix(ExpirationType.SPEAKING, 1, ExpirationType.BREATHING, 9)),
  LIBRARY("library", "Library", PhysicalActivity.SEATED, mix(ExpirationType.BREATHING, 1)),
  LAB("lab", "Lab", PhysicalActivity.LIGHT_ACTIVITY, mix(ExpirationType.SPEAKING, 1, ExpirationType.BREATHING, 1)),
  WORKSHOP("workshop", "Workshop", PhysicalActivity.MODERATE_ACTIVITY,
      mix(ExpirationType.SPEAKING, 1, ExpirationType.BREATHING, 1)),
  TRAINING("training", "Conference/Training (speaker infected)", PhysicalActivity.STANDING,
      mix(ExpirationType.SPEAKING, 1)),
  TRAINING_ATTENDEE("training_attendee", "Conference/Training (attendee infected)", PhysicalActivity.SEATED,
      mix(ExpirationType.BREATHING, 1)),
  GYM("gym", "Gym", PhysicalActivity.HEAVY_EXERCISE, mix(ExpirationType.BREATHING, 1)),
  HOUSEHOLD_DAY("household-day", "Household (day time)", PhysicalActivity.LIGHT_ACTIVITY,
      mix(ExpirationType.BREATHING, 5, ExpirationType.SPEAKING, 5)),
  HOUSEHOLD_NIGHT("household-night", "Household (evening and night time)", PhysicalActivity.SEATED,
      mix(ExpirationType.BREATHING, 7, ExpirationType.SPEAKING, 3)),
  PRIMARY_SCHOOL("primary-school", "Primary school", PhysicalActivity.LIGHT_ACTIVITY,
      mix(ExpirationType.BREATHING, 5, ExpirationType.SPEAKING, 5)),
  SECONDARY_SCHOOL("secondary-school", "Secondary school", PhysicalActivity.LIGHT_ACTIVITY,
      mix(ExpirationType.BREATHING, 7, ExpirationType.SPEAKING, 3)),
  UNIVERSITY("university", "University", PhysicalActivity.SEATED,
      mix(ExpirationType.BREATHING, 9, ExpirationType.SPEAKING, 1)),
  RESTAURANT("restaurant", "Restaurant", PhysicalActivity.SEATED,
      mix(ExpirationType.BREATHING, 1, ExpirationType.SPEAKING, 9)),
  PRECISE("precise", "Precise", null, Map.of());

  private final String key;
  private final String label;
  private final PhysicalActivity physicalActivity;
  private final Map<ExpirationType, Double> expirations;

  ActivityType(String key, String label, PhysicalActivity physicalActivity, Map<ExpirationType, Double> expirations) {
    this.key = key;
    this.label = label;
    this.physicalActivity = physicalActivity;
    this.expirations = expirations;
  }

  /** The input value, e.g. "controlroom-day". */
  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  /** The physical activity of the scenario; empty for {@link #PRECISE}. */
  public Optional<PhysicalActivity> physicalActivity() {
    return Optional.ofNullable(physicalActivity);
  }

  /** The expiration weights of the infected, in registry order; empty for {@link #PRECISE}. */
  public Map<ExpirationType, Double> expirations() {
    return expirations;
  }

  public static List<String> keys() {
    return Arrays.stream(values()).map(ActivityType::key).toList();
  }

  public static Optional<ActivityType> fromKey(String key) {
    return Arrays.stream(values()).filter(a -> a.key.equals(key)).findFirst();
  }

  private static Map<ExpirationType, Double> mix(Object... typeWeightPairs) {
    Map<ExpirationType, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < typeWeightPairs.length; i += 2) {
      m.put((ExpirationType) typeWeightPairs[i], ((Number) typeWeightPairs[i + 1]).doubleValue());
    }
    return Collections.unmodifiableMap(m);
  }
}
