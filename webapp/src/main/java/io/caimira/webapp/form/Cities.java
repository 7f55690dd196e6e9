package io.caimira.webapp.form;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The built-in list of world cities (resource {@code form/cities.tsv}, about 7 300 cities with their coordinates,
 * most populous first) and a search by name that needs no network: cities whose name, or province, starts with the
 * query come first, then those that contain it, each in population order. Accents and case are ignored.
 */
public final class Cities {
  /** One city as the form's location search returns it. */
  public record City(String name, String province, String country, String iso3, double latitude, double longitude) {
    /** The text shown and submitted as {@code location_name}, e.g. "Geneva, Genève, CHE". */
    public String label() {
      return province.isEmpty() || province.equals(name) ? name + ", " + iso3 : name + ", " + province + ", " + iso3;
    }
  }

  private record Entry(City city, String key) {}

  private static final List<Entry> ENTRIES = load();

  private Cities() {}

  private static List<Entry> load() {
    InputStream in = Cities.class.getResourceAsStream("/form/cities.tsv");
    if (in == null) {
      throw new IllegalStateException("form/cities.tsv is missing");
    }
    List<Entry> entries = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        City city = new City(f[0], f[1], f[2], f[3], Double.parseDouble(f[4]), Double.parseDouble(f[5]));
        entries.add(new Entry(city, fold(f[0] + " " + f[1] + " " + f[2])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(entries);
  }

  /** Lower case without accents. */
  static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }

  /** At most {@code limit} cities matching the query (empty for a blank query). */
  public static List<City> search(String query, int limit) {
    String q = query == null ? "" : fold(query.trim());
    if (q.isEmpty()) {
      return List.of();
    }
    List<City> first = new ArrayList<>();
    List<City> rest = new ArrayList<>();
    for (Entry e : ENTRIES) {
      if (e.key().startsWith(q) || fold(e.city().name()).startsWith(q)) {
        first.add(e.city());
      } else if (e.key().contains(q)) {
        rest.add(e.city());
      }
      if (first.size() >= limit) {
        break;
      }
    }
    first.addAll(rest);
    return first.subList(0, Math.min(limit, first.size()));
  }
}
