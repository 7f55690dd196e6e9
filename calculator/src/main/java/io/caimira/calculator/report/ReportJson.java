package io.caimira.calculator.report;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A plain Jackson mapper for reports. The report records carry their own serialisation rules (key names and
 * order, optional keys left out, non-finite numbers as null), so any ObjectMapper gives the same JSON; this one is
 * shared for convenience (ObjectMapper is thread-safe once configured).
 */
public final class ReportJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ReportJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
