package io.caimira.webapp.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the report page, English here; French in {@code messages/report_fr.properties}. Templates: {@code {report:key}}. */
@MessageBundle(value = "report", locale = "en")
public interface ReportMessages {
  @Message("Report – {name}")
  String title(String name);

  @Message("Created {date} using CAiMIRA calculator version v{version} (CAiMIRA-J {build}). Data version: {data}.")
  String created(String date, String version, String build, String data);

  @Message("Export data (CSV)")
  String export_data();

  @Message("Print report")
  String print();

  @Message("Download PDF")
  String pdf();

  @Message("Report sections")
  String tabs_label();

  @Message("Results")
  String tab_results();

  @Message("Input data")
  String tab_input();

  @Message("Applicable rules")
  String tab_rules();

  @Message("Results")
  String results();

  @Message("Results – {id}")
  String results_group(String id);

  @Message("Probability of infection (%)")
  String probability();

  @Message("Without short-range interactions")
  String without_short_range();

  @Message("With short-range interactions")
  String with_short_range();

  @Message("Expected new cases:")
  String expected_cases();

  @Message("Taking into account the uncertainties tied to the model variables, in this scenario and assuming all "
      + "occupants are exposed equally (i.e. without short-range interactions), the probability of one exposed "
      + "occupant getting infected is {p} and the expected number of new cases is {cases}*.")
  String summary_long_range(String p, String cases);

  @Message("In this scenario, the probability the occupant(s) exposed to short-range interactions get infected can "
      + "go as high as {p} and the expected number of new cases increases to {cases}.")
  String summary_short_range(String p, String cases);

  @Message("The above {#if shortRange}results assume{#else}result assumes{/if} that {infected} "
      + "{#if infected == 1}occupant is{#else}occupants are{/if} infected in the room. By taking into account the "
      + "estimate of cases currently circulating in {location}, the probability of on-site transmission, having at "
      + "least 1 new infection in an event with {total} occupants, is")
  String probabilistic_intro(boolean shortRange, int infected, String location, int total);

  @Message("{p}, assuming all occupants are exposed equally (i.e. without short-range interactions).")
  String probabilistic_long_range(String p);

  @Message("{p}, assuming short-range interactions occur with the infector(s).")
  String probabilistic_short_range(String p);

  @Message("* The results are based on the parameters and assumptions published in the CARA publication:")
  String footnote();

  @Message("Show full exposure")
  String show_full_exposure();

  @Message("Hide high concentration")
  String hide_high_concentration();

  @Message("Show doses from long-range exposure alone")
  String long_range_doses();

  @Message("Concentration and cumulative dose of infectious respiratory particles")
  String concentration_title();

  @Message("Time of day")
  String axis_time();

  @Message("Mean concentration (IRP/m³)")
  String axis_concentration();

  @Message("Mean cumulative dose (IRP)")
  String axis_dose();

  @Message("Long-range cumulative dose")
  String long_range_dose();

  @Message("Presence of exposed person(s)")
  String presence();

  @Message("Short-range")
  String short_range();

  @Message("IRP – Infectious Respiratory Particles.")
  String irp_note();

  @Message("Line plot of the mean concentration and of the cumulative dose over the day: the concentration peaks at "
      + "{max} IRP/m³ and the final cumulative dose is {dose} IRP. The values are in the data table below.")
  String concentration_alt(String max, String dose);

  @Message("Data table")
  String data_table();

  @Message("Time")
  String col_time();

  @Message("Concentration (IRP/m³)")
  String col_concentration();

  @Message("Cumulative dose (IRP)")
  String col_dose();

  @Message("Long-range cumulative dose (IRP)")
  String col_long_range_dose();

  @Message("Result uncertainties")
  String uncertainties();

  @Message("P(I) – mean {mean} (standard deviation {sd})")
  String histogram_title(String mean, String sd);

  @Message("Probability of infection (%)")
  String axis_probability();

  @Message("Density")
  String axis_density();

  @Message("Cumulative distribution function (CDF)")
  String axis_cdf();

  @Message("Mean")
  String mean();

  @Message("Histogram of the probability of infection over the Monte-Carlo samples, with its cumulative "
      + "distribution and its mean ({mean}). The values are in the data table below.")
  String histogram_alt(String mean);

  @Message("P(I) from (%)")
  String col_bin_from();

  @Message("P(I) to (%)")
  String col_bin_to();

  @Message("Generate full uncertainty data (as a function of the viral load)")
  String conditional_button();

  @Message("Probability of infection as a function of the viral load")
  String conditional_title();

  @Message("Viral load (log₁₀ RNA copies/mL)")
  String axis_viral_load();

  @Message("Probability of infection (%)")
  String axis_pi();

  @Message("5th–95th percentile")
  String percentile_band();

  @Message("Line plot of the mean probability of infection for each viral load of the infected person, with the "
      + "5th to 95th percentile band; on its right, the distribution of the probability of infection over the "
      + "samples (mean {mean} %). The values are in the data tables below.")
  String conditional_alt(String mean);

  @Message("P(I) = {mean} %")
  String distribution_label(String mean);

  @Message("On the right, sharing the vertical axis: the histogram of the probability of infection over the "
      + "samples, with their mean (the report's probability of infection) below it.")
  String distribution_caption();

  @Message("Data table of the distribution of the probability of infection")
  String distribution_table();

  @Message("P(I) from (%)")
  String col_pi_from();

  @Message("P(I) to (%)")
  String col_pi_to();

  @Message("Number of samples")
  String col_samples();

  @Message("Distribution of the viral load of the infected person")
  String viral_load_title();

  @Message("Histogram of the viral load of the infected person over the Monte-Carlo samples, log₁₀ RNA copies/mL "
      + "from 2 to 10. The counts are in the data table below.")
  String viral_load_alt();

  @Message("Viral load from (log₁₀ RNA copies/mL)")
  String col_viral_load_from();

  @Message("Viral load to (log₁₀ RNA copies/mL)")
  String col_viral_load_to();

  @Message("5th percentile (%)")
  String col_lower();

  @Message("Mean (%)")
  String col_mean();

  @Message("95th percentile (%)")
  String col_upper();

  @Message("Alternative scenarios")
  String alternatives();

  @Message("Scenario")
  String col_scenario();

  @Message("P(I)")
  String col_probability();

  @Message("Expected new cases")
  String col_expected();

  @Message("Risk level")
  String col_risk();

  @Message("Mean concentration of each alternative scenario over the day. The probabilities are in the table.")
  String alternatives_alt();

  @Message("Masks act twice: the infected person's mask holds back part of what they breathe out, which lowers the "
      + "concentration in the room (the curves above), and the exposed people's masks filter what they breathe in, "
      + "which lowers the dose and the probability of infection further (the table).")
  String alternatives_note_masks();

  @Message("HEPA filtration and FFP2 masks are only kept in the base scenario; the alternatives use Type I masks "
      + "and no HEPA filter.")
  String alternatives_note_hepa();

  @Message("Predictive CO₂ concentration profile")
  String co2_title();

  @Message("Mean concentration (ppm)")
  String axis_co2();

  @Message("CO₂ concentration")
  String co2_line();

  @Message("Measured and fitted CO₂ (data table)")
  String co2_measured_table();

  @Message("Acceptable level (800 ppm)")
  String co2_acceptable();

  @Message("Insufficient level (1500 ppm)")
  String co2_insufficient();

  @Message("Line plot of the predicted CO₂ concentration over the day, peaking at {max} ppm, with the acceptable "
      + "(800 ppm) and insufficient (1500 ppm) levels. The values are in the data table below.")
  String co2_alt(String max);

  @Message("CO₂ (ppm)")
  String col_co2();

  @Message("Link to reproduce results")
  String link_title();

  @Message("Open the link (or scan the QR code) to regenerate the report; the same inputs and seed give the same "
      + "numbers.")
  String link_text();

  @Message("Page {page} of {pages}")
  String pdf_page(String page, String pages);

  @Message("The plot could not be drawn on this server; its values are in the web report's data table.")
  String pdf_plot_unavailable();

  @Message("QR code of the link to reproduce the results")
  String qr_title();

  @Message("Copy the shareable link")
  String copy_link();

  @Message("Link copied.")
  String copied();

  @Message("The link could not be copied automatically: it is selected below, copy it with Ctrl+C (⌘C on a Mac).")
  String copy_manually();

  @Message("Shareable link")
  String copy_field();

  @Message("Disclaimer")
  String disclaimer();

  @Message("CAiMIRA estimates the risk of airborne transmission of SARS-CoV-2 in an indoor setting from the "
      + "inputs given and from published models and data. The results are estimates with uncertainties: they "
      + "support a risk assessment and do not replace it.")
  String disclaimer_1();

  @Message("The tool has not undergone review, approval or certification by any competent authority. It does not "
      + "account for every transmission route (e.g. contact with surfaces) and the model parameters may change as "
      + "knowledge evolves.")
  String disclaimer_2();

  @Message("The user is responsible for the inputs and for the decisions taken with the results.")
  String disclaimer_3();

  @Message("At CERN, CAiMIRA is intended for members of personnel with roles related to supervision, health & "
      + "safety or space management.")
  String disclaimer_cern();

  @Message("Acceptable:")
  String risk_green();

  @Message("Attention:")
  String risk_orange();

  @Message("Not acceptable:")
  String risk_red();

  @Message("Risk level: acceptable")
  String risk_green_label();

  @Message("Risk level: attention")
  String risk_orange_label();

  @Message("Risk level: not acceptable")
  String risk_red_label();

  @Message("Risk level: lower")
  String level_low_label();

  @Message("Risk level: elevated")
  String level_elevated_label();

  @Message("Risk level: high")
  String level_high_label();

  @Message("What this means: if {d} people were exposed as in this scenario, about {k} of them would be infected "
      + "(the model's mean).")
  String risk_meaning(String k, String d);

  @Message("What this means: fewer than 1 in 10,000 people exposed as in this scenario would be infected (the "
      + "model's mean).")
  String risk_meaning_tiny();

  @Message("Levels on this calculator: lower below {attention} %, elevated from {attention} % to {high} %, high "
      + "above {high} %.")
  String risk_scale(String attention, String high);

  @Message("Levels on this calculator: lower below {attention} %, elevated from {attention} % to {high} %, high "
      + "above {high} % or when {cases} or more new cases are expected.")
  String risk_scale_cases(String attention, String high, String cases);

  @Message("This level of risk is within acceptable parameters; no further measures are required.")
  String risk_green_note();

  @Message("The probability of infection is above 2 %: ALARA principles must be applied, i.e. the risk reduced as "
      + "far as reasonably achievable (ventilation, masks, occupancy, duration).")
  String risk_orange_note();

  @Message("This exceeds the authorised risk threshold or number of expected new cases: the risk level must be "
      + "reduced before this activity can be undertaken.")
  String risk_red_note();

  @Message("The applicable rules depend on the probability of infection of one exposed occupant and on the expected "
      + "number of new cases:")
  String rules_intro();

  @Message("below 2 %: acceptable.")
  String rules_green();

  @Message("from 2 % to 10 %: attention, apply the ALARA principle.")
  String rules_orange();

  @Message("above 10 %, or 1 expected new case or more: not acceptable.")
  String rules_red();

  @Message("See the CERN HSE COVID-19 information for the current rules.")
  String rules_link();

  @Message("The colours follow the risk values authorised at CERN (approved in December 2020).")
  String rules_approved();

  @Message("Footnotes on ALARA")
  String alara_title();

  @Message("ALARA stands for \"As Low As Reasonably Achievable\". It rests on three principles:")
  String alara_intro();

  @Message("Justification: every exposure of people must be justified;")
  String alara_justification();

  @Message("Limitation: personal doses must stay below the limits (here, CERN's exposure limits);")
  String alara_limitation();

  @Message("Optimisation: personal and collective doses must be kept as low as reasonably achievable.")
  String alara_optimisation();

  @Message("More information: the CERN HSE document on ALARA and the CDC's page on radiation safety (where the "
      + "principle comes from).")
  String alara_more();

  @Message("CERN HSE document on ALARA")
  String alara_cern_link();

  @Message("CDC: ALARA")
  String alara_cdc_link();

  @Message("Simulation")
  String section_simulation();

  @Message("Simulation name")
  String simulation_name();

  @Message("Room number")
  String room_number();

  @Message("Input data")
  String section_input();

  @Message("Virus variant")
  String virus();

  @Message("Room volume")
  String room_volume();

  @Message("Central heating")
  String heating();

  @Message("Geographic location")
  String location();

  @Message("Note:")
  String cern_scale_note_label();

  @Message("CERN's COVID-19 scale is at level Green – 1, where public health and safety restrictions are at their "
      + "minimum. Follow the current guidance and instructions of the HSE Unit in your risk assessment.")
  String cern_scale_note();

  @Message("CERN's COVID-19 scale")
  String cern_scale_label();

  @Message("Green – 1")
  String cern_scale_green();

  @Message("Yellow – 2")
  String cern_scale_yellow();

  @Message("Orange – 3")
  String cern_scale_orange();

  @Message("Red – 4")
  String cern_scale_red();

  @Message("current level")
  String cern_scale_current();

  @Message("Outside temperatures (natural ventilation)")
  String weather_station();

  @Message("Geneva (built-in monthly climatology)")
  String geneva_climatology();

  @Message("Current scenario")
  String scenario_current();

  @Message("Base scenario with HEPA filter and Type I masks")
  String scenario_hepa_type_i();

  @Message("Base scenario without HEPA filter, with FFP2 masks")
  String scenario_no_hepa_ffp2();

  @Message("Mechanical ventilation without masks")
  String scenario_mechanical_no_masks();

  @Message("Windows open without masks")
  String scenario_windows_no_masks();

  @Message("No ventilation with Type I masks")
  String scenario_no_ventilation_type_i();

  @Message("Neither ventilation nor masks")
  String scenario_neither();

  @Message("Base scenario without short-range interactions")
  String scenario_without_short_range();

  @Message("{source}, {km} km from the location: not this place's climate")
  String weather_far_source(String source, String km);

  @Message("your values: daily minimum {min} °C, maximum {max} °C")
  String outside_own_min_max(String min, String max);

  @Message("your 24 hourly values, from {low} °C to {high} °C")
  String outside_own_hourly(String low, String high);

  @Message("Event month")
  String month();

  @Message("Vaccination")
  String section_vaccination();

  @Message("Vaccinated")
  String vaccinated();

  @Message("Primary vaccine")
  String vaccine_primary();

  @Message("Booster")
  String vaccine_booster();

  @Message("No vaccination selected.")
  String no_vaccination();

  @Message("seated")
  String physical_seated();

  @Message("standing")
  String physical_standing();

  @Message("light activity")
  String physical_light();

  @Message("moderate activity")
  String physical_moderate();

  @Message("heavy exercise")
  String physical_heavy();

  @Message("Vaccine effectiveness")
  String vaccine_effectiveness();

  @Message("SARS-CoV-2 (nominal strain)")
  String virus_nominal();

  @Message("SARS-CoV-2 ({name} VOC)")
  String virus_voc(String name);

  @Message("On")
  String on();

  @Message("Off")
  String off();

  @Message("Ventilation")
  String section_ventilation();

  @Message("Ventilation type")
  String ventilation_type();

  @Message("No ventilation")
  String ventilation_none();

  @Message("Mechanical ventilation")
  String ventilation_mechanical();

  @Message("Natural ventilation")
  String ventilation_natural();

  @Message("From CO₂ fitting")
  String ventilation_fitting();

  @Message("Air changes per hour")
  String air_changes();

  @Message("Flow rate")
  String air_supply();

  @Message("Number of windows")
  String windows_number();

  @Message("Window height")
  String window_height();

  @Message("Window type")
  String window_type();

  @Message("Sliding / side-hung")
  String window_sliding();

  @Message("Top- or bottom-hung")
  String window_hinged();

  @Message("Window width")
  String window_width();

  @Message("Opening distance")
  String opening_distance();

  @Message("Windows opened")
  String window_opening();

  @Message("Permanently")
  String window_permanently();

  @Message("Periodically for {duration} every {frequency}")
  String window_periodically(String duration, String frequency);

  @Message("HEPA filtration")
  String hepa();

  @Message("Room capacity (maximum occupation – design limit)")
  String fitted_capacity();

  @Message("{count} {#if count == 1}person{#else}people{/if}")
  String fitted_capacity_people(int count);

  @Message("Not given (no flow rate per person)")
  String fitted_capacity_none();

  @Message("Ventilation fitted to the CO₂ data, per interval")
  String fitted_table();

  @Message("Exhalation rate from fitting algorithm – {rate} m³/h")
  String fitted_exhalation(String rate);

  @Message("Event")
  String section_event();

  @Message("Total number of occupants")
  String total_people();

  @Message("Number of infected people")
  String infected_people();

  @Message("Exposure")
  String exposure();

  @Message("Probabilistic, from the local incidence")
  String exposure_probabilistic();

  @Message("Deterministic")
  String exposure_deterministic();

  @Message("Population of the area")
  String geographic_population();

  @Message("New cases (7-day rolling average)")
  String geographic_cases();

  @Message("Confidence in the reported cases")
  String ascertainment_bias();

  @Message("Activity")
  String activity();

  @Message("{label}: {physical}; expirations of the infected person: {expirations}.")
  String activity_description(String label, String physical, String expirations);

  @Message("Exposed presence")
  String exposed_time();

  @Message("Infected presence")
  String infected_time();

  @Message("Occupancy group {id}: {total} {#if total == 1}person{#else}people{/if}, {infected} infected, present "
      + "{times}")
  String occupancy_group(String id, int total, int infected, String times);

  @Message("Short-range interactions")
  String section_short_range();

  @Message("People with short-range interactions")
  String short_range_occupants();

  @Message("Interaction {n} ({group}): {expiration}, from {start} for {duration}")
  String interaction(int n, String group, String expiration, String start, String duration);

  @Message("Breaks")
  String section_breaks();

  @Message("Lunch break (exposed)")
  String exposed_lunch();

  @Message("Lunch break (infected)")
  String infected_lunch();

  @Message("Coffee breaks (exposed)")
  String exposed_coffee();

  @Message("Coffee breaks (infected)")
  String infected_coffee();

  @Message("{count} {#if count == 1}break{#else}breaks{/if} of {duration}")
  String coffee_breaks(int count, String duration);

  @Message("Same breaks taken by the exposed and infected persons.")
  String same_breaks();

  @Message("Specific breaks (exposed)")
  String specific_exposed();

  @Message("Specific breaks (infected)")
  String specific_infected();

  @Message("The specific breaks replace the lunch and coffee breaks.")
  String specific_note();

  @Message("None")
  String none();

  @Message("Masks")
  String section_masks();

  @Message("Masks worn at workstations")
  String masks_worn();

  @Message("Yes")
  String yes();

  @Message("No")
  String no();

  @Message("Export data")
  String export_title();

  @Message("Columns of the CSV file")
  String export_columns();

  @Message("Column name")
  String export_rename();

  @Message("Alternative scenario columns are named after their scenario.")
  String export_scenarios_note();

  @Message("Download CSV")
  String export_download();

  @Message("Close")
  String close();

  @Message("Concentration")
  String export_concentration();

  @Message("Cumulative dose")
  String export_dose();

  @Message("CO₂ concentration")
  String export_co2();

  @Message("Alternative scenarios – concentration")
  String export_alternatives();

  @Message("The report is taking too long")
  String timeout_title();

  @Message("The calculation did not finish within the time limit. Please try again in a moment; if it keeps "
      + "happening, shorten the simulation or reduce the number of groups and interactions.")
  String timeout_text();

  @Message("The calculator is busy")
  String busy_title();

  @Message("Every report worker is busy at the moment. Please try again in a moment.")
  String busy_text();

  @Message("Try again")
  String retry();

  @Message("Back to the form")
  String back_to_form();
}
