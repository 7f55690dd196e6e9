package io.caimira.calculator.input;

import com.fasterxml.jackson.databind.JsonNode;

/** Overlap of two entries (presence entries, short-range interactions): strict, touching entries are allowed. */
final class Overlaps {
  private Overlaps() {}

  static boolean strict(MinuteSpan a, MinuteSpan b) {
    return a.start() < b.finish() && b.start() < a.finish();
  }

  static boolean strict(double aStart, double aEnd, double bStart, double bEnd) {
    return aStart < bEnd && bStart < aEnd;
  }

  static String message(JsonNode entry, JsonNode existing) {
    return "Overlap detected: The entry " + JsonText.json(entry) + " overlaps with an already existing entry ("
        + JsonText.json(existing) + ").";
  }
}
