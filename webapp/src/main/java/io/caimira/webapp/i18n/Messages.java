package io.caimira.webapp.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts shared by every page (layout, navigation, landing, errors, the small site pages), English here; French in
 * {@code messages/msg_fr.properties}. Templates use them as {@code {msg:key}}. Each area of the application has
 * its own bundle (form, report, co2, compare) so that their texts stay next to their templates.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {
  @Message("CAiMIRA – Airborne infection risk calculator")
  String app_title();

  @Message("Home")
  String nav_home();

  @Message("Apps")
  String nav_apps();

  @Message("Calculator")
  String nav_calculator();

  @Message("Compare scenarios")
  String nav_compare();

  @Message("Expert app")
  String nav_expert();

  @Message("CO₂ simulator")
  String nav_co2();

  @Message("User guide")
  String nav_guide();

  @Message("COVID information")
  String nav_covid();

  @Message("About")
  String nav_about();

  @Message("Language")
  String nav_language();

  @Message("Menu")
  String nav_menu();

  @Message("Main")
  String nav_main();

  @Message("Skip to content")
  String skip_to_content();

  @Message("CAiMIRA is a risk assessment tool for the airborne transmission of SARS-CoV-2 in indoor settings. "
      + "The results are estimates based on published models; they support decisions and do not replace "
      + "professional judgement.")
  String footer_notice();

  @Message("CERN developed the CAiMIRA model as a contribution to the fight against the COVID-19 pandemic. It is "
      + "offered on a best-effort basis and as is, without any liability or warranty; CERN does not take a "
      + "position on public-health policy.")
  String footer_liability();

  @Message("Source code under the Apache 2.0 licence.")
  String footer_licence();

  @Message("CAiMIRA model repository")
  String footer_repository();

  @Message("Page not found")
  String error_404_title();

  @Message("Unfortunately the page you are looking for does not exist.")
  String error_404_text();

  @Message("Invalid request")
  String error_400_title();

  @Message("Access refused")
  String error_403_title();

  @Message("Method not allowed")
  String error_405_title();

  @Message("This address does not accept that kind of request.")
  String error_405_text();

  @Message("Something went wrong")
  String error_title();

  @Message("Unfortunately an error occurred when processing your request.")
  String error_text();

  @Message("Error {status}, reference {id}, {time} UTC. Please quote the reference when you report the problem.")
  String error_reference(int status, String id, String time);

  @Message("Contact the CAiMIRA team:")
  String error_contact();

  @Message("Home page")
  String error_home();

  @Message("This form was sent from another web site, so it was refused to protect you. Open the calculator "
      + "directly at this site's address and send the form again.")
  String error_cross_site();

  @Message("Invalid calculator data: it seems incomplete. Was there an error copying & pasting the URL?")
  String short_link_invalid();

  @Message("The server is busy repairing other links. Please try again in a few seconds.")
  String short_link_busy();

  @Message("This link holds more data than an address of this server may carry, so it cannot be opened.")
  String short_link_too_long();

  @Message("Calculate the probability of airborne infection in a room, compare ventilation, masks and occupancy, "
      + "and fit ventilation rates to CO₂ sensor data.")
  String landing_intro();

  @Message("Open the calculator")
  String landing_open_calculator();

  @Message("CAiMIRA (CERN Airborne Model for Indoor Risk Assessment) estimates how airborne viruses, such as "
      + "SARS-CoV-2, accumulate in an indoor space and how likely the people present are to be infected. You "
      + "describe the room, its ventilation, the occupants, their activities and the masks they wear; the model "
      + "gives the probability of infection, the expected number of new cases and how the concentration changes "
      + "during the day. Comparing scenarios shows which measures reduce the risk most.")
  String landing_what();

  @Message("The methodology, its assumptions and its limitations are described on the About page of the "
      + "documentation.")
  String landing_method();

  @Message("This calculator is a Java implementation of the CAiMIRA model; the model's source code is freely "
      + "available under the Apache 2.0 licence.")
  String landing_source();

  @Message("Applications")
  String tile_apps_title();

  @Message("The calculator computes one scenario at a time; the comparison puts up to four side by side.")
  String tile_apps_text();

  @Message("About")
  String tile_about_title();

  @Message("How the model works, what it assumes and where its limits are.")
  String tile_about_text();

  @Message("Documentation")
  String tile_docs_title();

  @Message("User guides for the calculator and the full model documentation.")
  String tile_docs_text();

  @Message("Source code")
  String tile_source_title();

  @Message("The CAiMIRA model's repository, open under the Apache 2.0 licence.")
  String tile_source_text();

  @Message("Open")
  String tile_open();

  @Message("CAiMIRA at CERN")
  String cern_title();

  @Message("CERN developed CAiMIRA so that members of personnel in charge of supervision, health and safety or "
      + "space management can assess the workplaces on CERN sites. This site hosts the CERN version of the "
      + "calculator for CERN personnel.")
  String cern_text();

  @Message("References and citation")
  String refs_title();

  @Message("When you use the CAiMIRA model, please cite:")
  String refs_model();

  @Message("Its short-range expiratory jet model comes from:")
  String refs_jet();

  @Message("When you use the CAiMIRA web application, please cite the software record:")
  String refs_software();

  @Message("Acknowledgements")
  String ack_title();

  @Message("The CAiMIRA model was developed at CERN with the support of many of its departments and units — among "
      + "them Occupational Health & Safety and Environmental Protection, Information Technology, Beams, "
      + "Experimental Physics, Industry, Procurement and Knowledge Transfer, and International Relations — and "
      + "with collaborators at the World Health Organization, in particular the members of its ARIA expert group.")
  String ack_text();

  @Message("CAiMIRA expert apps currently deactivated")
  String expert_title();

  @Message("The expert applications of the original CAiMIRA project (interactive notebooks for detailed "
      + "scenarios and CO₂ simulations) are no longer maintained and are not offered here. The calculator covers "
      + "most of their uses, and the comparison page shows several scenarios side by side.")
  String expert_text();

  @Message("Their source code remains available in the CAiMIRA repository.")
  String expert_source();

  @Message("Profiler")
  String profiler_title();

  @Message("Records a Java Flight Recorder session of the whole server while it runs, to find where the time "
      + "goes. Open the downloaded files with JDK Mission Control or the jfr tool.")
  String profiler_intro();

  @Message("A recording is running: {id}.")
  String profiler_running(String id);

  @Message("No recording is running.")
  String profiler_idle();

  @Message("Session name")
  String profiler_name();

  @Message("Letters, digits, - and _; other characters are replaced.")
  String profiler_name_help();

  @Message("Start new session")
  String profiler_start();

  @Message("Stop current session")
  String profiler_stop();

  @Message("Clear all sessions")
  String profiler_clear();

  @Message("Recorded sessions")
  String profiler_stored();

  @Message("No recorded session.")
  String profiler_none();

  @Message("Download {id} ({kib} KiB)")
  String profiler_download(String id, long kib);

  @Message("The profiler is reserved for administrators.")
  String profiler_admins_only();

  @Message("Unknown profiler action: use start, stop or clear.")
  String profiler_unknown_action();
}
