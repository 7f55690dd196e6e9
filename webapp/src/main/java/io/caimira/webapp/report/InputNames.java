package io.caimira.webapp.report;

import io.caimira.webapp.i18n.Bundles;
import io.caimira.calculator.input.ActivityType;
import io.caimira.model.aerosol.ExpirationType;
import io.caimira.model.population.PhysicalActivity;
import io.caimira.webapp.form.FormMessages;
import java.util.Locale;

/**
 * The names of activities, physical activities and expirations in the page's language: the form's names where the
 * form offers the choice, the registry's name for the activities the form does not list.
 */
final class InputNames {
  private final FormMessages form;
  private final ReportMessages msg;

  InputNames(ReportMessages msg, Locale locale) {
    this.form = Bundles.of(FormMessages.class, locale);
    this.msg = msg;
  }

  String activity(ActivityType t) {
    return switch (t) {
      case OFFICE -> form.activity_office();
      case SMALL_MEETING -> form.activity_smallmeeting();
      case LARGE_MEETING -> form.activity_largemeeting();
      case CALL_CENTER -> form.activity_callcenter();
      case CONTROL_ROOM_DAY -> form.activity_controlroom_day();
      case CONTROL_ROOM_NIGHT -> form.activity_controlroom_night();
      case LIBRARY -> form.activity_library();
      case LAB -> form.activity_lab();
      case WORKSHOP -> form.activity_workshop();
      case TRAINING -> form.activity_training();
      case TRAINING_ATTENDEE -> form.activity_training_attendee();
      case GYM -> form.activity_gym();
      default -> t.label();
    };
  }

  String physical(PhysicalActivity p) {
    return switch (p) {
      case SEATED -> msg.physical_seated();
      case STANDING -> msg.physical_standing();
      case LIGHT_ACTIVITY -> msg.physical_light();
      case MODERATE_ACTIVITY -> msg.physical_moderate();
      case HEAVY_EXERCISE -> msg.physical_heavy();
    };
  }

  /** The form's name of an expiration (Shouting as "Shouting/Singing", as upstream). */
  String expiration(ExpirationType e) {
    return switch (e) {
      case BREATHING -> form.exp_Breathing();
      case SPEAKING -> form.exp_Speaking();
      case SINGING -> form.exp_Singing();
      case SHOUTING -> form.exp_Shouting();
    };
  }
}
