package io.caimira.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.caimira.adapter.FiniteJson;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Where a batch writes its results, one entry per room in the input's order. JSON Lines: {@code {"row", "status":
 * "success", "results"}} with the report's whole results object, or {@code {"row", "status": "error", "message",
 * "field"}}. CSV: one line per exposed group of each room with the main figures (or one line with the error).
 */
abstract class BatchOutput implements Closeable {
  private static final JsonMapper MAPPER = FiniteJson.mapper();

  /** The CSV columns. */
  static final List<String> COLUMNS = List.of("row", "simulation_name", "room_number", "status", "group", "seed",
      "prob_inf", "prob_inf_sd", "expected_new_cases", "prob_probabilistic_exposure", "long_range_prob",
      "max_concentration", "cumulative_dose", "max_co2", "message", "field");

  static BatchOutput open(Path file) throws BadInput {
    BatchRows.Format format = BatchRows.Format.of(file);
    try {
      Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      return format == BatchRows.Format.JSONL ? new JsonLines(writer) : new Csv(writer);
    } catch (IOException e) {
      throw new BadInput("cannot write " + file + ": " + e.getMessage());
    }
  }

  /** A room's report. */
  abstract void success(BatchRows.Row row, Object results) throws IOException;

  /** A room that has no report. */
  abstract void error(BatchRows.Row row, String message, String field) throws IOException;

  private static final class JsonLines extends BatchOutput {
    private final Writer writer;

    JsonLines(Writer writer) {
      this.writer = writer;
    }

    @Override
    void success(BatchRows.Row row, Object results) throws IOException {
      ObjectNode line = MAPPER.createObjectNode();
      line.put("row", row.number());
      line.put("status", "success");
      line.set("results", MAPPER.valueToTree(results));
      writer.write(MAPPER.writeValueAsString(line));
      writer.write('\n');
    }

    @Override
    void error(BatchRows.Row row, String message, String field) throws IOException {
      ObjectNode line = MAPPER.createObjectNode();
      line.put("row", row.number());
      line.put("status", "error");
      line.put("message", message);
      line.put("field", field);
      writer.write(MAPPER.writeValueAsString(line));
      writer.write('\n');
    }

    @Override
    public void close() throws IOException {
      writer.close();
    }
  }

  private static final class Csv extends BatchOutput {
    private final CSVPrinter printer;

    Csv(Writer writer) throws IOException {
      this.printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
          .setHeader(COLUMNS.toArray(String[]::new)).get());
    }

    @Override
    void success(BatchRows.Row row, Object results) throws IOException {
      JsonNode tree = MAPPER.valueToTree(results);
      Iterator<Map.Entry<String, JsonNode>> groups = tree.path("groups").fields();
      while (groups.hasNext()) {
        Map.Entry<String, JsonNode> g = groups.next();
        JsonNode r = g.getValue();
        printer.printRecord(row.number(), text(row, "simulation_name"), text(row, "room_number"), "success",
            g.getKey(), tree.path("model").path("seed").asText(), number(r.path("prob_inf")),
            number(r.path("prob_inf_sd")), number(r.path("expected_new_cases")),
            number(r.path("prob_probabilistic_exposure")), number(r.path("long_range_prob")),
            number(max(r.path("concentrations"))), number(last(r.path("cumulative_doses"))),
            number(max(tree.path("CO2_concentrations"))), "", "");
      }
    }

    @Override
    void error(BatchRows.Row row, String message, String field) throws IOException {
      List<Object> cells = new ArrayList<>(List.of(row.number(), text(row, "simulation_name"),
          text(row, "room_number"), "error"));
      while (cells.size() < COLUMNS.size() - 2) {
        cells.add("");
      }
      cells.add(message);
      cells.add(field == null ? "" : field);
      printer.printRecord(cells);
    }

    private static String text(BatchRows.Row row, String key) {
      return row.body() == null ? "" : row.body().path(key).asText("");
    }

    private static String number(JsonNode n) {
      return n.isNumber() ? n.asText() : "";
    }

    private static JsonNode max(JsonNode values) {
      JsonNode best = null;
      for (JsonNode v : values) {
        if (v.isNumber() && (best == null || v.doubleValue() > best.doubleValue())) {
          best = v;
        }
      }
      return best == null ? MAPPER.missingNode() : best;
    }

    private static JsonNode last(JsonNode values) {
      return values.size() == 0 ? MAPPER.missingNode() : values.get(values.size() - 1);
    }

    @Override
    public void close() throws IOException {
      printer.close(true);
    }
  }
}
