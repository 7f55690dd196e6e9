package io.caimira.webapp.compare;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the comparison page, English here; French in {@code messages/compare_fr.properties}. */
@MessageBundle(value = "compare", locale = "en")
public interface CompareMessages {
  @Message("Compare scenarios")
  String title();

  @Message("Put up to four calculator scenarios side by side. Paste the link of a report (or of its QR code), or "
      + "take scenarios from your saved list below.")
  String intro();

  @Message("Scenario {n}")
  String scenario(int n);

  @Message("A report link, a short link, or the code after “c=” in a report link. Leave empty if not needed.")
  String scenario_help();

  @Message("Compare")
  String compare_button();

  @Message("Your saved scenarios")
  String saved_title();

  @Message("Scenarios saved with “Add to comparison” are kept in this browser only.")
  String saved_help();

  @Message("No saved scenario yet.")
  String saved_empty();

  @Message("Use")
  String saved_use();

  @Message("Remove")
  String saved_remove();

  @Message("Every scenario field is filled in: empty one first.")
  String saved_full();

  @Message("Added to the scenario fields.")
  String saved_used();

  @Message("Saved to your comparison list.")
  String saved_added();

  @Message("Add to comparison")
  String save_button();

  @Message("{name} – {column}")
  String scenario_of(String name, String column);

  @Message("Compare saved scenarios")
  String open_comparison();

  @Message("Results of the compared scenarios")
  String caption();

  @Message("Quantity")
  String quantity();

  @Message("Probability of infection")
  String prob_inf();

  @Message("Expected new cases")
  String expected_cases();

  @Message("Room volume")
  String room_volume();

  @Message("Ventilation")
  String ventilation();

  @Message("Masks")
  String masks();

  @Message("Occupants")
  String occupants();

  @Message("Virus variant")
  String virus();

  @Message("Activity")
  String activity();

  @Message("Exposure times")
  String exposure();

  @Message("Short-range interactions")
  String short_range();

  @Message("Highest mean concentration")
  String peak();

  @Message("{value} IRP/m³ at {time}")
  String peak_text(String value, String time);

  @Message("No ventilation")
  String vent_none();

  @Message("Mechanical")
  String vent_mechanical();

  @Message("Natural (windows)")
  String vent_natural();

  @Message("From CO₂ data fitting")
  String vent_fitting();

  @Message("{ventilation}, HEPA filter {amount} m³/h")
  String with_hepa(String ventilation, String amount);

  @Message("None")
  String none();

  @Message("Yes")
  String yes();

  @Message("No")
  String no();

  @Message("{total} people, {infected} infected")
  String occupants_text(String total, String infected);

  @Message("Mean concentration over the day")
  String plot_title();

  @Message("Time of day")
  String plot_x();

  @Message("Mean concentration (IRP/m³)")
  String plot_y();

  @Message("Line chart of the mean concentration of infectious respiratory particles over the day, one line per "
      + "scenario. The highest value of each scenario is in the table above.")
  String plot_description();

  @Message("IRP: infectious respiratory particles.")
  String irp();

  @Message("Link to this comparison")
  String link_label();

  @Message("Open the report")
  String open_report();

  @Message("At most four scenarios can be compared at once; this request has {count}. Remove some and try again.")
  String too_many(int count);

  @Message("Scenario {n}: this is not a valid calculator link. It seems incomplete: was there an error copying & "
      + "pasting it?")
  String invalid_link(int n);

  @Message("Scenario {n}: {message}")
  String invalid_input(int n, String message);

  @Message("The server is busy computing other reports. Please try again in a moment.")
  String busy();
}
