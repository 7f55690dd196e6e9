package io.caimira.webapp.form;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the calculator form, English here; French in {@code messages/form_fr.properties}. Templates use them
 * as {@code {form:key}}; the form's scripts read the messages they need from data attributes of the page.
 */
@MessageBundle(value = "form", locale = "en")
public interface FormMessages {
  @Message("Describe the room, its ventilation and the people in it; the report estimates the probability of airborne infection.")
  String page_intro();

  @Message("Calculator version")
  String version();

  @Message("Please send feedback to")
  String feedback();

  @Message("Fields marked * are required.")
  String required_note();

  @Message("The report could not be computed:")
  String errors_title();

  @Message("Go to the field")
  String go_to_field();

  @Message("Simulation")
  String sec_simulation();

  @Message("Simulation name")
  String simulation_name();

  @Message("E.g. Workshop without masks")
  String simulation_name_ph();

  @Message("Room number")
  String room_number();

  @Message("E.g. 17/R-033")
  String room_number_ph();

  @Message("Virus data")
  String sec_virus();

  @Message("Variant")
  String virus_type();

  @Message("SARS-CoV-2 (nominal strain)")
  String virus_SARS_CoV_2();

  @Message("SARS-CoV-2 (Alpha VOC)")
  String virus_SARS_CoV_2_ALPHA();

  @Message("SARS-CoV-2 (Beta VOC)")
  String virus_SARS_CoV_2_BETA();

  @Message("SARS-CoV-2 (Gamma VOC)")
  String virus_SARS_CoV_2_GAMMA();

  @Message("SARS-CoV-2 (Delta VOC)")
  String virus_SARS_CoV_2_DELTA();

  @Message("SARS-CoV-2 (Omicron VOC)")
  String virus_SARS_CoV_2_OMICRON();

  @Message("Are the exposed people vaccinated?")
  String vaccinated();

  @Message("Yes")
  String yes();

  @Message("No")
  String no();

  @Message("Primary vaccine series")
  String vaccine_type();

  @Message("Did they receive a booster dose?")
  String booster();

  @Message("Booster vaccine")
  String vaccine_booster_type();

  @Message("Due to the lack of data, only the efficiency of the primary dose(s) is considered.")
  String booster_other();

  @Message("Room data")
  String sec_room();

  @Message("Room size")
  String volume_type();

  @Message("Room volume")
  String volume_explicit();

  @Message("Floor area and ceiling height")
  String volume_dimensions();

  @Message("Volume (m³)")
  String room_volume();

  @Message("Floor area (m²)")
  String floor_area();

  @Message("Ceiling height (m)")
  String ceiling_height();

  @Message("Central heating system in use?")
  String heating();

  @Message("Heating dries the air (relative humidity 30 % instead of 50 %).")
  String heating_help();

  @Message("Location")
  String location();

  @Message("Type a city and choose it in the list (arrow keys and Enter), or enter the latitude and longitude yourself. The location gives the outdoor temperatures and the time zone. City list: npm package city-timezones (MIT).")
  String location_help();

  @Message("The outside temperatures for this place would come from {source}, {km} km away. Natural ventilation "
      + "depends on them: if they do not fit this place, give the temperatures of the event month below.")
  String weather_far(String source, String km);

  @Message("Geneva (built-in monthly climatology)")
  String weather_geneva();

  @Message("Outside temperatures of the event month (optional)")
  String outside_title();

  @Message("For natural ventilation, instead of the weather data of the location: a daily minimum and maximum (the "
      + "day's curve then has its minimum at 06:00 and its maximum at 15:00), or 24 hourly values from 00:00 to "
      + "23:00, separated by spaces or semicolons. Leave empty to use the weather data.")
  String outside_help();

  @Message("Daily minimum (°C)")
  String outside_min();

  @Message("Daily maximum (°C)")
  String outside_max();

  @Message("24 hourly values (°C)")
  String outside_hourly();

  @Message("Place")
  String location_name();

  @Message("Latitude (°)")
  String latitude();

  @Message("Longitude (°)")
  String longitude();

  @Message("No city found.")
  String location_none();

  @Message("{count} cities found.")
  String location_count(String count);

  @Message("Ventilation data")
  String sec_ventilation();

  @Message("Ventilation type")
  String ventilation_type();

  @Message("No ventilation")
  String vent_none();

  @Message("Mechanical ventilation")
  String vent_mechanical();

  @Message("Natural ventilation (windows)")
  String vent_natural();

  @Message("From CO₂ data fitting")
  String vent_fitting();

  @Message("Mechanical ventilation given as")
  String mech_type();

  @Message("Air supply flow rate (m³/h)")
  String air_supply();

  @Message("Air changes per hour (h⁻¹)")
  String air_changes();

  @Message("This model applies to single-sided natural ventilation, in rooms whose depth is at most 2.5 times the ceiling height.")
  String natural_warning();

  @Message("Number of windows")
  String windows_number();

  @Message("Window height (m)")
  String window_height();

  @Message("Window type")
  String window_type();

  @Message("Sliding / side-hung")
  String window_sliding();

  @Message("Top- or bottom-hung")
  String window_hinged();

  @Message("Window width (m)")
  String window_width();

  @Message("Opening distance (m)")
  String opening_distance();

  @Message("Windows are open")
  String opening_regime();

  @Message("Permanently")
  String open_permanently();

  @Message("Periodically")
  String open_periodically();

  @Message("Duration of each opening (min)")
  String windows_duration();

  @Message("Every (min)")
  String windows_frequency();

  @Message("Fit the ventilation to CO₂ data…")
  String fitting_open();

  @Message("Upload CO₂ measurements of the room to estimate its air changes per interval and the occupants' "
      + "exhalation rate; the report uses the stored fit.")
  String fitting_help();

  @Message("HEPA filtration / equivalent ventilation?")
  String hepa();

  @Message("Flow rate / CADR (m³/h)")
  String hepa_amount();

  @Message("Face masks")
  String sec_masks();

  @Message("Are masks worn when occupants are at workstations?")
  String mask_wearing();

  @Message("Mask type")
  String mask_type();

  @Message("Surgical / Type I")
  String mask_type_i();

  @Message("Respirator / FFP2")
  String mask_ffp2();

  @Message("Cloth")
  String mask_cloth();

  @Message("Event data")
  String sec_event();

  @Message("Total number of occupants")
  String total_people();

  @Message("Number of infected people")
  String exposure_option();

  @Message("Known number of infected people")
  String exposure_deterministic();

  @Message("From the local incidence")
  String exposure_probabilistic();

  @Message("Infected people")
  String infected_people();

  @Message("Population of the area")
  String geographic_population();

  @Message("New cases per day (7-day rolling average)")
  String geographic_cases();

  @Message("Confidence in the reported cases")
  String ascertainment_bias();

  @Message("Low – surveillance only for symptomatic patients")
  String confidence_low();

  @Message("Medium – some asymptomatic testing")
  String confidence_medium();

  @Message("High – broad testing")
  String confidence_high();

  @Message("Describe the occupants as several groups with their own presence (dynamic occupancy)")
  String groups_use();

  @Message("Each group has an identifier, a number of people, how many of them are infected, and presence intervals such as 09:00-12:00, 13:00-17:30.")
  String groups_help();

  @Message("Group")
  String group_id();

  @Message("People")
  String group_total();

  @Message("Infected")
  String group_infected();

  @Message("Presence (HH:MM-HH:MM, …)")
  String group_presence();

  @Message("Add a group")
  String add_group();

  @Message("Delete")
  String remove();

  @Message("row {n}")
  String row(String n);

  @Message("Activity")
  String activity_type();

  @Message("Office")
  String activity_office();

  @Message("Small meeting (<10 occ.)")
  String activity_smallmeeting();

  @Message("Large meeting (>= 10 occ.)")
  String activity_largemeeting();

  @Message("Call Center")
  String activity_callcenter();

  @Message("Control Room - Day shift")
  String activity_controlroom_day();

  @Message("Control Room - Night shift")
  String activity_controlroom_night();

  @Message("Library")
  String activity_library();

  @Message("Lab")
  String activity_lab();

  @Message("Workshop")
  String activity_workshop();

  @Message("Conference/Training (speaker infected)")
  String activity_training();

  @Message("Conference/Training (attendee infected)")
  String activity_training_attendee();

  @Message("Gym")
  String activity_gym();

  @Message("Define a precise activity instead")
  String precise_use();

  @Message("Physical activity")
  String physical_activity();

  @Message("Respiratory activity of the infected (% of the time, summing to 100)")
  String respiratory_activity();

  @Message("Seated")
  String phys_SEATED();

  @Message("Standing")
  String phys_STANDING();

  @Message("Light activity")
  String phys_LIGHT_ACTIVITY();

  @Message("Moderate activity")
  String phys_MODERATE_ACTIVITY();

  @Message("Heavy exercise")
  String phys_HEAVY_EXERCISE();

  @Message("Other")
  String vaccine_other();

  @Message("Breathing")
  String exp_Breathing();

  @Message("Speaking")
  String exp_Speaking();

  @Message("Singing")
  String exp_Singing();

  @Message("Shouting/Singing")
  String exp_Shouting();

  @Message("Exposed people: presence")
  String exposed_times();

  @Message("Infected people: presence")
  String infected_times();

  @Message("Start")
  String start();

  @Message("Finish")
  String finish();

  @Message("Month of the event")
  String event_month();

  @Message("Short-range interactions")
  String sec_short_range();

  @Message("Are there short-range interactions (face-to-face conversations)?")
  String short_range();

  @Message("The use of masks mitigates exposure at short-range. The analytical model with short-range interactions does not take mask wearing into account.")
  String mask_short_range();

  @Message("Set interactions…")
  String set_interactions();

  @Message("{n} short-range interactions.")
  String sr_count(String n);

  @Message("{n} short-range interaction.")
  String sr_count_one(String n);

  @Message("No short-range interaction.")
  String sr_count_none();

  @Message("Discard the changes to the short-range interactions?")
  String sr_discard();

  @Message("Close without saving")
  String sr_close();

  @Message("Short-range interactions")
  String sr_title();

  @Message("Total people with short-range interactions")
  String sr_occupants();

  @Message("Expiration")
  String sr_expiration();

  @Message("Select type")
  String sr_select_type();

  @Message("Start")
  String sr_start();

  @Message("Duration (min)")
  String sr_duration();

  @Message("Exposure group")
  String sr_group();

  @Message("Add row")
  String sr_add();

  @Message("Clear all")
  String sr_clear();

  @Message("Save all")
  String sr_save();

  @Message("No interaction yet: add a row.")
  String sr_none();

  @Message("Breaks")
  String sec_breaks();

  @Message("Input separate breaks for infected and exposed person(s)")
  String split_breaks();

  @Message("Breaks of the exposed people")
  String exposed_breaks();

  @Message("Breaks of the infected people")
  String infected_breaks();

  @Message("Lunch break?")
  String lunch();

  @Message("Coffee breaks")
  String coffee();

  @Message("No breaks")
  String coffee_0();

  @Message("2 breaks")
  String coffee_2();

  @Message("4 breaks")
  String coffee_4();

  @Message("Duration of each coffee break (min)")
  String coffee_duration();

  @Message("Define the breaks as explicit intervals instead")
  String specific_use();

  @Message("Intervals such as 10:00-10:15, 12:30-13:30. They replace the lunch and coffee breaks.")
  String specific_help();

  @Message("Breaks of the exposed people")
  String specific_exposed();

  @Message("Breaks of the infected people (empty: the same as the exposed)")
  String specific_infected();

  @Message("Generate report")
  String generate();

  @Message("Computing the report…")
  String computing();

  @Message("Full user guide")
  String guide();

  @Message("Quick guide")
  String quick_guide();

  @Message("Help and disclaimer")
  String help_title();

  @Message("Disclaimer")
  String disclaimer();

  @Message("This calculator estimates the risk of airborne SARS-CoV-2 transmission in an indoor space from the "
      + "values entered and from published models and data. Its results carry uncertainties: use them to "
      + "compare measures and to support a risk assessment, not to replace one.")
  String disclaimer_1();

  @Message("No competent authority has reviewed, approved or certified the tool. Other transmission routes "
      + "(surfaces, direct contact) are not modelled, and the parameters may change as knowledge improves.")
  String disclaimer_2();

  @Message("The person filling the form is responsible for the values entered and for the decisions based on "
      + "the report.")
  String disclaimer_3();

  @Message("Required input.")
  String err_required();

  @Message("Value must be > 0")
  String err_positive();

  @Message("Finish time must be after start")
  String err_finish();

  @Message("Lunch break must be within presence times")
  String err_lunch();

  @Message("Length of breaks >= Length of exposed presence")
  String err_breaks_exposed();

  @Message("Length of breaks >= Length of infected presence")
  String err_breaks_infected();

  @Message("Please select a location")
  String err_location();

  @Message("These inputs are too long for the report's address (at most {max} characters): shorten the texts "
      + "(simulation name, room, location) or use fewer groups, breaks or interactions.")
  String err_link_too_long(int max);

  @Message("Conference/Training activities limited to 1 infected person.")
  String err_training();

  @Message("Value is equal or higher than the total number of occupants.")
  String err_infected();

  @Message("Duration >= Frequency")
  String err_duration();

  @Message("Cases > Population")
  String err_cases();

  @Message("Value must be less or equal than the number of exposed people.")
  String err_sr_people();

  @Message("Must be ≥ 15 min.")
  String err_sr_duration();

  @Message("Out of event time.")
  String err_sr_time();

  @Message("Time overlap.")
  String err_sr_overlap();

  @Message("Use intervals HH:MM-HH:MM separated by commas, each finishing after it starts.")
  String err_intervals();

  @Message("The percentages must sum to 100.")
  String err_percent();

  @Message("Each group needs an identifier, people ≥ 1 and infected ≤ people.")
  String err_group();

  @Message("Please correct the fields that have a message.")
  String err_summary();
}
