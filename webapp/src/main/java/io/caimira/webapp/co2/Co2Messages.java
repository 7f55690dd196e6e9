package io.caimira.webapp.co2;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the CO₂ fitting dialog and of its server answers, English here; French in
 * {@code messages/co2_fr.properties}. Templates use them as {@code {co2:key}}.
 */
@MessageBundle(value = "co2", locale = "en")
public interface Co2Messages {
  // dialog
  @Message("Fit the ventilation to CO₂ data")
  String title();

  @Message("Close")
  String close();

  @Message("The fit uses the room volume, the number of occupants and the presence times entered in the form, "
      + "and CO₂ concentrations measured in the room during the whole event.")
  String intro();

  @Message("1. Sensor data")
  String step_upload();

  @Message("Data file (.csv, .xlsx or .xls)")
  String file_label();

  @Message("Two columns with the headers \"Times\" (decimal hours of the day, e.g. 8.5 for 08:30) and \"CO2\" "
      + "(ppm); the times must cover the whole simulation time. At most {maxKb} kB.")
  String file_help(long maxKb);

  @Message("Upload")
  String upload();

  @Message("Download a template:")
  String template();

  @Message("{count} samples from {first} to {last}; CO₂ between {min} and {max} ppm.")
  String summary(String count, String first, String last, String min, String max);

  @Message("2. Ventilation transition times")
  String step_times();

  @Message("Transition times")
  String times_label();

  @Message("Times at which the ventilation changed, separated by commas, as HH:MM or decimal hours (e.g. 08:30, "
      + "10:10, 12:28, 13:00). The suggestions are the occupancy changes from the form and the changes detected in "
      + "the data (dashed lines on the plot).")
  String times_help();

  @Message("Room capacity (optional)")
  String capacity_label();

  @Message("Maximum occupation – design limit; used only for the flow rate per person.")
  String capacity_help();

  @Message("Fit")
  String fit();

  @Message("3. Result")
  String step_result();

  @Message("Exhalation rate: {rate} m³/h")
  String exhalation_rate(String rate);

  @Message("Fitted ventilation per interval")
  String result_caption();

  @Message("Time (HH:MM)")
  String col_time();

  @Message("ACH value (h⁻¹)")
  String col_ach();

  @Message("Flow rate (L/s)")
  String col_ls();

  @Message("Flow rate (L/s/person)")
  String col_lsp();

  @Message("Use fit data")
  String use();

  @Message("Discard")
  String discard();

  @Message("Working…")
  String working();

  @Message("CO₂ concentration")
  String plot_title();

  @Message("CO₂ data")
  String series_data();

  @Message("Predictive CO₂")
  String series_predictive();

  @Message("Ventilation transition")
  String series_transitions();

  @Message("Occupancy change (from the form)")
  String series_occupancy();

  @Message("Time of day")
  String axis_time();

  @Message("Concentration (ppm)")
  String axis_ppm();

  @Message("Show the plotted data as a table")
  String plot_table();

  @Message("Time")
  String col_plot_time();

  @Message("The table shows one sample in {step}.")
  String table_step(String step);

  @Message("A fit is stored and will be used by the report.")
  String fit_stored();

  // plausibility of a fit (dialog and report)
  @Message("This fit looks implausible")
  String check_title();

  @Message("The fitted exhalation rate, {rate} m³/h per person, is below what a person breathes out even sitting "
      + "still ({low}–{high} m³/h from seated to heavy exercise).")
  String check_exhalation_low(String rate, String low, String high);

  @Message("The fitted exhalation rate, {rate} m³/h per person, is above what a person breathes out even in heavy "
      + "exercise ({low}–{high} m³/h from seated to heavy exercise).")
  String check_exhalation_high(String rate, String low, String high);

  @Message("The fitted air changes from {from} to {to}, {ach} h⁻¹, are more than rooms get ({max} h⁻¹ at most).")
  String check_air_changes(String from, String to, String ach, String max);

  @Message("The fit explains the measured CO₂ with the form's inputs: check the room volume, the number of "
      + "occupants and their presence times, and the ventilation transition times.")
  String check_advice();

  @Message("Measured CO₂ (sensor)")
  String series_measured();

  @Message("Fitted CO₂")
  String series_fitted();

  @Message("Stored fit: exhalation rate {rate} m³/h; air changes {intervals}.")
  String stored_summary(String rate, String intervals);

  @Message("{from}–{to}: {ach} h⁻¹")
  String stored_interval(String from, String to, String ach);

  // the report's input data



  // client-side checks
  @Message("The ventilation is \"from fitting\": please fit it to CO₂ data first, or choose another ventilation "
      + "type.")
  String fit_missing();

  @Message("Please choose a data file.")
  String no_file();

  @Message("Please enter at least two transition times.")
  String times_too_few();

  @Message("\"{value}\" is not a time: write HH:MM or decimal hours.")
  String times_bad(String value);

  @Message("The transition times must increase.")
  String times_order();

  @Message("The room capacity must be a whole number greater than 0.")
  String capacity_bad();

  @Message("The request failed ({status}). Please try again.")
  String request_failed(String status);

  @Message("The server could not be reached. Please try again.")
  String network_error();

  @Message("In the form, field \"{field}\": {message}")
  String form_field_error(String field, String message);

  // server-side checks of the uploaded file
  @Message("Please select a valid data file (.CSV, .XLSX or .XLS).")
  String file_type();

  @Message("The data file is larger than {maxKb} kB.")
  String file_too_large(long maxKb);

  @Message("The uploaded file could not be read.")
  String upload_unreadable();

  @Message("The server is busy with other calculations. Please try again in a few seconds.")
  String busy();

  @Message("The calculation was not finished within {seconds} s and was stopped.")
  String too_slow(long seconds);

  @Message("The data file could not be read as {kind}.")
  String file_unreadable(String kind);

  @Message("The file does not have the expected header \"{header}\" in column {column}.")
  String file_header(String header, String column);

  @Message("The data file is empty: it should hold one row of \"Times\" and \"CO2\" values per measurement.")
  String file_empty();

  @Message("Invalid data in the Times or CO2 columns at row {row}. Please make sure they contain only numbers.")
  String file_cell(int row);

  @Message("The times must increase from one row to the next (row {row}).")
  String file_order(int row);

  @Message("The data file has more than {max} rows.")
  String file_rows(int max);

  @Message("The times of the data file should encompass the entire simulation time (from {start} to {finish}). "
      + "Got times from {first} to {last}.")
  String file_coverage(String start, String finish, String first, String last);

  @Message("The last transition time ({last}) is after the end of the simulation ({finish}).")
  String states_after_end(String last, String finish);

  @Message("The room volume is needed: enter it, or the floor area and the ceiling height.")
  String volume_missing();
}
