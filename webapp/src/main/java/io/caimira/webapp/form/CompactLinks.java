package io.caimira.webapp.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Version 2 of the links' data: only what differs from an untouched form, so that a typical form's short link fits
 * in about 300 characters and its QR code scans from paper. The data are {@value #VERSION} followed by URL-safe
 * Base64 (no padding) of raw DEFLATE, with a preset dictionary of common values, of the pairs
 * {@code key=value&key&...}: a key is a field's position in the frozen list {@code links/v2-fields.txt} in base 36
 * ("{@code key=value}" sets it, a bare "{@code key}" says the form did not send it), or "~" and the field's name for
 * a field not in the list. Decoding gives the whole query string back (the list's fields first, in its order).
 * Version 1 (zlib of the whole query, the links issued before) starts with "e" in Base64 and is still read by
 * {@link LinkCodec}.
 */
final class CompactLinks {
  /** The first character of a version-2 link's data. */
  static final char VERSION = '2';
  /** Pairs at most in one link (the list has about 70 fields). */
  private static final int MAX_PAIRS = 1_000;

  /** The list's fields in order, with their untouched values (null: not sent). */
  private static final List<String> NAMES = new ArrayList<>();
  private static final List<String> DEFAULTS = new ArrayList<>();
  private static final Map<String, Integer> INDEX = new LinkedHashMap<>();
  /** Common values, so that a short link's few pairs compress too (DEFLATE's preset dictionary). */
  private static final byte[] DICTIONARY = ("short_range_interactions={\"group_1\":[{\"expiration\":\"Speaking\","
      + "\"start_time\":\"Breathing\",\"duration\":Shouting}]}&occupancy={\"total_people\":\"infected\":"
      + "\"presence\":[{\"start_time\":\"finish_time\":\"08:30\"}]}natural_ventilation&window_hinged&"
      + "windows_open_periodically&mechanical_ventilation&mech_type_air_changes&mech_type_air_supply&"
      + "from_fitting&mask_on&FFP2&p_probabilistic_exposure&short_range_yes&SARS_CoV_2_OMICRON&SARS_CoV_2_DELTA&"
      + "coffee_break_2&coffee_break_4&confidence_medium&room_volume_from_dimensions&room_volume_explicit&"
      + "smallmeeting&largemeeting&callcentre&controlroom-day&library&workshop&training&gym&household-day&"
      + "09:00&10:00&12:00&13:00&14:00&16:00&17:00&18:00&12:30&13:30&17:30&+CHE&+FRA&+DEU&+GBR&+ITA&+ESP&+USA&"
      + "%2C+").getBytes(StandardCharsets.UTF_8);

  static {
    String text;
    try (InputStream in = CompactLinks.class.getResourceAsStream("/links/v2-fields.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      for (String pair : line.trim().split("&")) {
        int eq = pair.indexOf('=');
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        INDEX.put(name, NAMES.size());
        NAMES.add(name);
        DEFAULTS.add(eq < 0 ? null : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
  }

  private CompactLinks() {}

  /** The version-2 data of a form's fields. */
  static String encode(Map<String, String> fields) {
    StringJoiner pairs = new StringJoiner("&");
    for (int i = 0; i < NAMES.size(); i++) {
      String value = fields.get(NAMES.get(i));
      String untouched = DEFAULTS.get(i);
      String key = Integer.toString(i, 36);
      if (value == null && untouched != null) {
        pairs.add(key);
      } else if (value != null && !value.equals(untouched)) {
        pairs.add(key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
      }
    }
    fields.forEach((name, value) -> {
      if (!INDEX.containsKey(name)) {
        pairs.add("~" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(value, StandardCharsets.UTF_8));
      }
    });
    return encodePairs(pairs.toString());
  }

  /** Version-2 data of pairs as they are (the tests make hostile data with it). */
  static String encodePairs(String pairs) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    deflater.setDictionary(DICTIONARY);
    byte[] data = LinkCodec.deflate(deflater, pairs.getBytes(StandardCharsets.UTF_8));
    return VERSION + Base64.getUrlEncoder().withoutPadding().encodeToString(data);
  }

  /**
   * The query string of version-2 data (after the version character), the inflated bytes taken from
   * {@code budget} and bounded as {@link LinkCodec} bounds version 1.
   *
   * @throws IllegalArgumentException when the data are not such a link
   */
  static String decode(String data, LinkCodec.Budget budget) {
    byte[] compressed;
    try {
      compressed = Base64.getUrlDecoder().decode(data);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not Base64", e);
    }
    Inflater inflater = new Inflater(true);
    inflater.setDictionary(DICTIONARY);
    // raw DEFLATE: zlib wants one byte more than the data (Inflater's documentation of "nowrap")
    return query(LinkCodec.inflate(inflater, compressed, Arrays.copyOf(compressed, compressed.length + 1), budget,
        true));
  }

  /** The whole query string of the pairs: the untouched form with the pairs applied. */
  private static String query(String pairs) {
    List<String> values = new ArrayList<>(DEFAULTS);
    Map<String, String> others = new LinkedHashMap<>();
    String[] list = pairs.isEmpty() ? new String[0] : pairs.split("&", -1);
    if (list.length > MAX_PAIRS) {
      throw new IllegalArgumentException("too many fields");
    }
    for (String pair : list) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? null : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      if (key.startsWith("~")) {
        if (value == null) {
          throw new IllegalArgumentException("a named field without a value");
        }
        others.put(URLDecoder.decode(key.substring(1), StandardCharsets.UTF_8), value);
        continue;
      }
      int index;
      try {
        index = Integer.parseInt(key, 36);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a field key: " + key, e);
      }
      if (index < 0 || index >= NAMES.size()) {
        throw new IllegalArgumentException("not a field key: " + key);
      }
      values.set(index, value);
    }
    StringJoiner query = new StringJoiner("&");
    for (int i = 0; i < NAMES.size(); i++) {
      if (values.get(i) != null) {
        query.add(URLEncoder.encode(NAMES.get(i), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(values.get(i), StandardCharsets.UTF_8));
      }
    }
    others.forEach((name, value) -> query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return query.toString();
  }
}
