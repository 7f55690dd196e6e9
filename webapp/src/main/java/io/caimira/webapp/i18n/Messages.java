package io.caimira.webapp.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts shared by every page (layout, navigation, errors), English here; French in
 * {@code messages/msg_fr.properties}. Templates use them as {@code {msg:key}}. Each area of the application has
 * its own bundle (form, report, co2, compare) so that their texts stay next to their templates.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {
  @Message("CAiMIRA – Airborne infection risk calculator")
  String app_title();

  @Message("Home")
  String nav_home();

  @Message("Calculator")
  String nav_calculator();

  @Message("Compare scenarios")
  String nav_compare();

  @Message("User guide")
  String nav_guide();

  @Message("About")
  String nav_about();

  @Message("Language")
  String nav_language();

  @Message("Skip to content")
  String skip_to_content();

  @Message("CAiMIRA is a risk assessment tool for the airborne transmission of SARS-CoV-2 in indoor settings. "
      + "The results are estimates based on published models; they support decisions and do not replace "
      + "professional judgement.")
  String footer_notice();

  @Message("Source code under the Apache 2.0 licence.")
  String footer_licence();

  @Message("Page not found")
  String error_404_title();

  @Message("Unfortunately the page you are looking for does not exist.")
  String error_404_text();

  @Message("Something went wrong")
  String error_title();

  @Message("Unfortunately an error occurred when processing your request.")
  String error_text();

  @Message("Error {status}, reference {id}, {time} UTC. Please quote the reference when you report the problem.")
  String error_reference(int status, String id, String time);

  @Message("Home page")
  String error_home();

  @Message("Calculate the probability of airborne infection in a room, compare ventilation, masks and occupancy, "
      + "and fit ventilation rates to CO₂ sensor data.")
  String landing_intro();

  @Message("Open the calculator")
  String landing_open_calculator();
}
