package io.caimira.hostile;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of costly inputs built from valid parts: many short-range interactions (zero-length ones too), many
 * occupancy groups with many presence intervals and huge head counts, many breaks, periodic windows opened every
 * microsecond, wide time spans, big CO₂ series and many fitting states.
 */
final class Crowds {
  private Crowds() {}

  static Arbitrary<Crowd> virus() {
    return Arbitraries.oneOf(shortRange(), occupancy(), breaks(), periodicWindows(), headCounts());
  }

  static Arbitrary<Crowd> co2() {
    return Arbitraries.oneOf(co2Series(), fittingStates(), co2Occupancy(), breaks());
  }

  private static Arbitrary<Integer> count() {
    return Arbitraries.of(1, 10, 30, 50, 100, 1_000, 10_000, 50_000);
  }

  private static Arbitrary<String> durations() {
    return Arbitraries.of("0", "0.0", "1e-9", "0.001", "1", "15", "-1", "1e308", "4.9e-324", "1439", "100000");
  }

  static String time(int minutes) {
    return String.format(Locale.ROOT, "\"%02d:%02d\"", minutes / 60, minutes % 60);
  }

  static Arbitrary<Crowd> shortRange() {
    return Combinators.combine(count(), durations(), Arbitraries.of("Breathing", "Speaking", "Shouting"),
        Arbitraries.of("1", "2", "5", "2147483647"), Arbitraries.longs()).as((n, duration, exp, occupants, seed) -> {
          Random r = new Random(seed);
          StringBuilder b = new StringBuilder("{\"group_1\":[");
          for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append("{\"expiration\":\"").append(exp).append("\",\"start_time\":")
                .append(time(9 * 60 + r.nextInt(8 * 60))).append(",\"duration\":").append(duration).append('}');
          }
          Map<String, String> f = new LinkedHashMap<>();
          f.put("short_range_option", "\"short_range_yes\"");
          f.put("short_range_occupants", occupants);
          f.put("short_range_interactions", b.append("]}").toString());
          return new Crowd("many short-range interactions", f);
        });
  }

  static Arbitrary<Crowd> occupancy() {
    return Combinators.combine(count(), Arbitraries.of(1, 3, 100, 2_000), Arbitraries.of("1", "2", "2147483647",
        "1000000000", "0"), Arbitraries.of("0", "1", "2147483647"), Arbitraries.longs())
        .as((groups, intervals, people, infected, seed) -> {
          Random r = new Random(seed);
          StringBuilder b = new StringBuilder("{");
          for (int g = 0; g < groups && b.length() < 1_000_000; g++) {
            b.append(g == 0 ? "" : ",").append("\"g").append(g).append("\":{\"total_people\":").append(people)
                .append(",\"infected\":").append(infected).append(",\"presence\":[");
            for (int i = 0; i < intervals; i++) {
              int start = r.nextInt(24 * 60 - 1);
              int finish = start + r.nextInt(Math.max(1, Math.min(3, 24 * 60 - 1 - start)));
              b.append(i == 0 ? "" : ",").append("{\"start_time\":").append(time(start)).append(",\"finish_time\":")
                  .append(time(finish)).append('}');
            }
            b.append("]}");
          }
          return new Crowd("many occupancy groups", Map.of("occupancy", b.append('}').toString()));
        });
  }

  static Arbitrary<Crowd> breaks() {
    return Combinators.combine(count(), Arbitraries.of(0, 1, 5), Arbitraries.longs()).as((n, length, seed) -> {
      Random r = new Random(seed);
      StringBuilder b = new StringBuilder("[");
      for (int i = 0; i < n; i++) {
        int start = r.nextInt(24 * 60 - 6);
        b.append(i == 0 ? "" : ",").append("{\"start_time\":").append(time(start)).append(",\"finish_time\":")
            .append(time(start + length)).append('}');
      }
      String list = b.append(']').toString();
      return new Crowd("many breaks", Map.of("specific_breaks",
          "{\"exposed_breaks\":" + list + ",\"infected_breaks\":" + list + "}"));
    });
  }

  static Arbitrary<Crowd> periodicWindows() {
    Arbitrary<String> tiny = Arbitraries.of("1e-6", "1e-3", "0.01", "0.1", "1", "4.9e-324", "1e-300", "0", "-5");
    return Combinators.combine(tiny, tiny, Arbitraries.of("window_sliding", "window_hinged"))
        .as((frequency, duration, type) -> {
          Map<String, String> f = new LinkedHashMap<>();
          f.put("ventilation_type", "\"natural_ventilation\"");
          f.put("window_type", "\"" + type + "\"");
          f.put("window_opening_regime", "\"windows_open_periodically\"");
          f.put("windows_frequency", frequency);
          f.put("windows_duration", duration);
          f.put("window_width", "1");
          f.put("window_height", "1");
          f.put("windows_number", "1");
          f.put("opening_distance", "0.2");
          return new Crowd("periodic windows with tiny periods", f);
        });
  }

  static Arbitrary<Crowd> headCounts() {
    Arbitrary<String> people = Arbitraries.of("0", "1", "2147483647", "2147483648", "9223372036854775807",
        "1000000000");
    return Combinators.combine(people, people).as((total, infected) -> new Crowd("absurd head counts",
        Map.of("total_people", total, "infected_people", infected)));
  }

  static Arbitrary<Crowd> co2Series() {
    return Combinators.combine(Arbitraries.of(10, 1_000, 100_000, 400_000), Arbitraries.of("normal", "constant",
        "zero", "huge", "backwards"), Arbitraries.longs()).as((n, shape, seed) -> {
          Random r = new Random(seed);
          StringBuilder times = new StringBuilder("[");
          StringBuilder co2 = new StringBuilder("[");
          for (int i = 0; i < n; i++) {
            double t = shape.equals("backwards") ? 10 - 2.0 * i / n : 8 + 2.0 * i / n;
            double c = switch (shape) {
              case "constant" -> 450;
              case "zero" -> 0;
              case "huge" -> 1e300;
              default -> 450 + 300 * Math.sin(i / 50.0) + r.nextInt(20);
            };
            times.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.6f", t));
            co2.append(i == 0 ? "" : ",").append(c);
          }
          return new Crowd("big CO2 series", Map.of("CO2_data",
              "{\"times\":" + times.append(']') + ",\"CO2\":" + co2.append(']') + "}"));
        });
  }

  static Arbitrary<Crowd> fittingStates() {
    return Arbitraries.of(2, 50, 1_000, 100_000).map(n -> {
      StringBuilder b = new StringBuilder("[");
      for (int i = 0; i < n; i++) {
        b.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.7f", 8 + 2.0 * i / n));
      }
      return new Crowd("many fitting states", Map.of("fitting_ventilation_states", b.append(']').toString()));
    });
  }

  static Arbitrary<Crowd> co2Occupancy() {
    return occupancy().map(c -> new Crowd("many occupancy groups (CO2)", c.fields()));
  }
}
