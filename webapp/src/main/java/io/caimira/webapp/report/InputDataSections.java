package io.caimira.webapp.report;

import io.caimira.calculator.build.Vaccines;
import io.caimira.calculator.input.ActivityType;
import io.caimira.calculator.input.MinuteSpan;
import io.caimira.calculator.input.OccupancyGroup;
import io.caimira.calculator.input.ShortRangeInteraction;
import io.caimira.calculator.input.VentilationInput;
import io.caimira.calculator.input.VirusInput;
import io.caimira.model.aerosol.ExpirationType;
import io.caimira.model.aerosol.MaskType;
import io.caimira.model.population.PhysicalActivity;
import io.caimira.webapp.co2.Co2Messages;
import io.caimira.webapp.form.FormMessages;
import io.caimira.webapp.i18n.Bundles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The "Input data" tab: the parsed inputs as titled sections of label/value rows. */
public final class InputDataSections {
  /**
   * A titled list of rows.
   *
   * @param table a table shown under the rows, or null
   */
  public record Section(String title, List<Row> rows, Table table) {
    public Section(String title, List<Row> rows) {
      this(title, rows, null);
    }
  }

  /** A captioned table of texts (the CO₂ fit's intervals). */
  public record Table(String caption, List<String> headers, List<List<String>> rows) {}

  /**
   * One input: its label and displayed value; without a label, the value is a sentence across the row.
   *
   * @param href where the value links to, or null
   */
  public record Row(String label, String value, String href) {
    public Row(String label, String value) {
      this(label, value, null);
    }
  }

  private final ReportMessages msg;
  private final Locale locale;
  private final InputNames names;
  private final FittedVentilation fit;

  private InputDataSections(ReportMessages msg, Locale locale, FittedVentilation fit) {
    this.msg = msg;
    this.locale = locale;
    this.names = new InputNames(msg, locale);
    this.fit = fit;
  }

  /**
   * @param weatherStation where the outside temperatures of natural ventilation come from, in the page's language;
   *     null without natural ventilation
   * @param fittingResult the submitted {@code CO2_fitting_result} (JSON text), for its exhalation rate and room
   *     capacity; may be null
   */
  public static List<Section> of(VirusInput in, String weatherStation, String fittingResult, ReportMessages msg,
      Locale locale) {
    return of(in, weatherStation, fitted(in, fittingResult), msg, locale);
  }

  static List<Section> of(VirusInput in, String weatherStation, FittedVentilation fit, ReportMessages msg,
      Locale locale) {
    return new InputDataSections(msg, locale, fit).sections(in, weatherStation);
  }

  /** The CO₂ fit of a {@code from_fitting} ventilation, or null for other ventilations. */
  static FittedVentilation fitted(VirusInput in, String fittingResult) {
    var v = in.ventilation();
    return v.type() == VentilationInput.Type.FROM_FITTING && v.fitting() != null
        ? FittedVentilation.of(v.fitting(), in.room().volume(), fittingResult) : null;
  }

  private List<Section> sections(VirusInput in, String weatherStation) {
    List<Section> out = new ArrayList<>();
    out.add(new Section(msg.section_simulation(), List.of(
        new Row(msg.simulation_name(), in.metadata().simulationName()),
        new Row(msg.room_number(), in.metadata().roomNumber()))));
    List<Row> input = new ArrayList<>(List.of(
        new Row(msg.virus(), VariantLiterature.name(in.virus(), msg), VariantLiterature.link(in.virus())),
        new Row(msg.room_volume(), String.format(locale, "%.1f m³", in.room().volume())),
        new Row(msg.heating(), in.room().heated() ? msg.on() : msg.off()),
        new Row(msg.location(), in.location().name()),
        new Row(msg.month(), java.time.Month.of(in.location().month())
            .getDisplayName(java.time.format.TextStyle.FULL, locale))));
    if (weatherStation != null) {
      input.add(new Row(msg.weather_station(), weatherStation));
    }
    out.add(new Section(msg.section_input(), input));
    out.add(vaccination(in));
    out.add(ventilation(in.ventilation()));
    out.add(event(in));
    if (in.shortRange().enabled()) {
      out.add(shortRange(in));
    }
    if (!in.population().hasOccupancy()) {
      out.add(BreakSection.of(in.population(), msg, locale));
    }
    List<Row> masks = new ArrayList<>();
    masks.add(new Row(msg.masks_worn(), yesNo(in.mask() != MaskType.NO_MASK)));
    if (in.mask() != MaskType.NO_MASK) {
      masks.add(new Row(msg.section_masks(), in.mask().label()));
    }
    out.add(new Section(msg.section_masks(), masks));
    return out;
  }

  private Section vaccination(VirusInput in) {
    var v = in.vaccination();
    if (!v.vaccinated()) {
      return new Section(msg.section_vaccination(), List.of(new Row(msg.vaccinated(), msg.no_vaccination())));
    }
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(msg.vaccine_primary(), v.primary().replace('_', ' ')));
    rows.add(new Row(msg.vaccine_booster(), v.boosted() ? v.booster().replace('_', ' ') : msg.no()));
    rows.add(new Row(msg.vaccine_effectiveness(), ReportFormat.nonZeroPercentage(100 * Vaccines.hostImmunity(v), locale)));
    return new Section(msg.section_vaccination(), rows);
  }

  private Section ventilation(VentilationInput v) {
    List<Row> rows = new ArrayList<>();
    switch (v.type()) {
      case NONE -> rows.add(new Row(msg.ventilation_type(), msg.ventilation_none()));
      case MECHANICAL -> {
        rows.add(new Row(msg.ventilation_type(), msg.ventilation_mechanical()));
        if (v.mechanicalType() == VentilationInput.MechanicalType.AIR_CHANGES) {
          rows.add(new Row(msg.air_changes(), number(v.airChanges()) + " h⁻¹"));
        } else {
          rows.add(new Row(msg.air_supply(), number(v.airSupply()) + " m³/h"));
        }
      }
      case NATURAL -> {
        rows.add(new Row(msg.ventilation_type(), msg.ventilation_natural()));
        rows.add(new Row(msg.windows_number(), Integer.toString(v.windowsNumber())));
        rows.add(new Row(msg.window_height(), number(v.windowHeight()) + " m"));
        boolean hinged = v.windowType() == VentilationInput.WindowType.HINGED;
        rows.add(new Row(msg.window_type(), hinged ? msg.window_hinged() : msg.window_sliding()));
        if (hinged) {
          rows.add(new Row(msg.window_width(), number(v.windowWidth()) + " m"));
        }
        rows.add(new Row(msg.opening_distance(), number(v.openingDistance()) + " m"));
        rows.add(new Row(msg.window_opening(), v.periodicOpening()
            ? msg.window_periodically(ReportFormat.readableMinutes((int) v.windowsDuration(), locale),
                ReportFormat.readableMinutes((int) v.windowsFrequency(), locale))
            : msg.window_permanently()));
      }
      case FROM_FITTING -> {
        // the fitted air changes alone are simulated (no HEPA filter, no infiltration): webapp.md §3.7
        rows.add(new Row(msg.ventilation_type(), msg.ventilation_fitting()));
        if (fit == null) {
          return new Section(msg.section_ventilation(), rows);
        }
        rows.add(fit.capacityRow(msg));
        return new Section(msg.section_ventilation(), rows,
            fit.table(msg, Bundles.of(Co2Messages.class, locale), locale));
      }
      default -> throw new IllegalStateException(v.type().name());
    }
    rows.add(new Row(msg.hepa(), v.hepa() ? number(v.hepaAmount()) + " m³/h" : msg.no()));
    return new Section(msg.section_ventilation(), rows);
  }

  private Section event(VirusInput in) {
    List<Row> rows = new ArrayList<>();
    var p = in.population();
    if (p.hasOccupancy()) {
      for (OccupancyGroup g : p.occupancy()) {
        rows.add(new Row(g.id(), msg.occupancy_group(g.id(), g.totalPeople(), g.infected(),
            g.presence().stream().map(this::span).collect(Collectors.joining(", ")))));
      }
    } else {
      rows.add(new Row(msg.total_people(), Integer.toString(p.totalPeople())));
      rows.add(new Row(msg.infected_people(), Integer.toString(p.infectedPeople())));
      rows.add(new Row(msg.exposed_time(), span(p.exposed().start(), p.exposed().finish())));
      rows.add(new Row(msg.infected_time(), span(p.infected().start(), p.infected().finish())));
    }
    var inc = in.incidence();
    rows.add(new Row(msg.exposure(), inc.probabilistic() ? msg.exposure_probabilistic()
        : msg.exposure_deterministic()));
    if (inc.probabilistic()) {
      rows.add(new Row(msg.geographic_population(), Integer.toString(inc.geographicPopulation())));
      rows.add(new Row(msg.geographic_cases(), Integer.toString(inc.geographicCases())));
      rows.add(new Row(msg.ascertainment_bias(), confidence(inc.ascertainmentBias())));
    }
    rows.add(new Row(msg.activity(), activity(in)));
    String exhalation = fit == null ? null : fit.exhalationSentence(msg, locale);
    if (exhalation != null) {
      rows.add(new Row(null, exhalation));
    }
    return new Section(msg.section_event(), rows);
  }

  /** The form's text of the confidence in the reported cases (ratio of true to reported cases 10, 5 or 2). */
  private String confidence(int bias) {
    FormMessages form = Bundles.of(FormMessages.class, locale);
    return switch (bias) {
      case 10 -> form.confidence_low();
      case 5 -> form.confidence_medium();
      case 2 -> form.confidence_high();
      default -> Integer.toString(bias);
    };
  }

  /** A sentence for every activity, built from its definition (so that none is missing, e.g. Call Center). */
  private String activity(VirusInput in) {
    ActivityType type = in.activityType();
    PhysicalActivity physical = in.precise() != null ? in.precise().physicalActivity()
        : type.physicalActivity().orElse(null);
    Map<ExpirationType, Double> mix = in.precise() != null ? in.precise().respiratory() : type.expirations();
    double total = mix.values().stream().mapToDouble(Double::doubleValue).sum();
    String expirations = mix.entrySet().stream()
        .map(e -> names.expiration(e.getKey()).toLowerCase(locale) + " "
            + String.format(locale, "%.0f %%", 100 * e.getValue() / total))
        .collect(Collectors.joining(", "));
    return msg.activity_description(names.activity(type), physical == null ? "" : names.physical(physical),
        expirations);
  }

  private Section shortRange(VirusInput in) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(msg.short_range_occupants(), Integer.toString(in.shortRange().occupants())));
    int n = 1;
    for (ShortRangeInteraction i : in.shortRange().interactions()) {
      String expiration = names.expiration(i.expiration());
      rows.add(new Row(msg.section_short_range() + " " + n, msg.interaction(n, i.group(), expiration,
          ReportFormat.minutesToTime(i.start()), ReportFormat.readableMinutes((int) Math.round(i.duration()), locale))));
      n++;
    }
    return new Section(msg.section_short_range(), rows);
  }

  private String span(MinuteSpan s) {
    return BreakSection.span(s.start(), s.finish());
  }

  private String span(int start, int finish) {
    return BreakSection.span(start, finish);
  }

  private String yesNo(boolean b) {
    return b ? msg.yes() : msg.no();
  }

  private String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(locale, "%.2f", v);
  }
}
