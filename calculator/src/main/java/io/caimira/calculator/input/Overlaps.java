package io.caimira.calculator.input;

import com.fasterxml.jackson.databind.JsonNode;
import io.caimira.calculator.Message;
import io.caimira.calculator.MessageKey;

/** Overlap of two entries (presence entries, short-range interactions): strict, touching entries are allowed. */
final class Overlaps {
  private Overlaps() {}

  static boolean strict(MinuteSpan a, MinuteSpan b) {
    return a.start() < b.finish() && b.start() < a.finish();
  }

  static boolean strict(double aStart, double aEnd, double bStart, double bEnd) {
    return aStart < bEnd && bStart < aEnd;
  }

  static Message message(JsonNode entry, JsonNode existing) {
    return Message.of(MessageKey.OVERLAP, JsonText.json(entry), JsonText.json(existing));
  }
}
