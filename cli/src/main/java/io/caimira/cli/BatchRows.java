package io.caimira.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.caimira.adapter.FiniteJson;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rooms of a batch: one report's inputs per line of a JSON Lines file (the body of POST /virus/report), or per
 * row of a CSV file whose header names the inputs (an empty cell leaves the input to its default; the API reads
 * numbers given as text, and JSON-valued inputs as JSON text). A line that is not a JSON object is a row with an
 * error, reported in the output like any other bad input.
 */
final class BatchRows {
  private static final JsonMapper MAPPER = FiniteJson.mapper();

  /** Most rows a batch takes (one file is read whole before the reports start). */
  static final int MAX_ROWS = 100_000;

  /** One row: its inputs, or why it has none. */
  record Row(int number, ObjectNode body, String error) {}

  private BatchRows() {}

  /** The format of a file, from its extension. */
  enum Format {
    JSONL, CSV;

    static Format of(Path file) throws BadInput {
      String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
      if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
        return JSONL;
      }
      if (name.endsWith(".csv")) {
        return CSV;
      }
      throw new BadInput(file + ": the file name must end in .jsonl or .csv, which tells its format");
    }
  }

  static List<Row> read(Path file) throws BadInput {
    Format format = Format.of(file);
    try {
      return format == Format.JSONL ? jsonLines(file) : csv(file);
    } catch (IOException e) {
      throw new BadInput("cannot read " + file + ": " + e.getMessage());
    }
  }

  private static List<Row> jsonLines(Path file) throws IOException, BadInput {
    List<Row> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      checkCount(file, rows.size() + 1);
      int number = rows.size() + 1;
      try {
        JsonNode node = MAPPER.readTree(line);
        rows.add(node instanceof ObjectNode o ? new Row(number, o, null)
            : new Row(number, null, "the line must hold a JSON object of inputs"));
      } catch (JsonProcessingException e) {
        rows.add(new Row(number, null, "malformed JSON: " + e.getOriginalMessage()));
      }
    }
    return rows;
  }

  private static List<Row> csv(Path file) throws IOException, BadInput {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
        .setIgnoreEmptyLines(true).get();
    List<Row> rows = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
      List<String> header = parser.getHeaderNames();
      if (header.isEmpty()) {
        throw new BadInput(file + ": the first line must name the inputs (see caimira batch --template)");
      }
      for (CSVRecord record : parser) {
        checkCount(file, rows.size() + 1);
        int number = rows.size() + 1;
        if (!record.isConsistent()) {
          rows.add(new Row(number, null, "the row has " + record.size() + " cells where the header names "
              + header.size() + " inputs"));
          continue;
        }
        ObjectNode body = MAPPER.createObjectNode();
        for (Map.Entry<String, String> cell : record.toMap().entrySet()) {
          if (!cell.getValue().isEmpty()) {
            body.put(cell.getKey(), cell.getValue());
          }
        }
        rows.add(new Row(number, body, null));
      }
    } catch (java.io.UncheckedIOException e) {
      throw new BadInput(file + ": malformed CSV: " + e.getCause().getMessage());
    }
    return rows;
  }

  private static void checkCount(Path file, int count) throws BadInput {
    if (count > MAX_ROWS) {
      throw new BadInput(file + " holds more than " + MAX_ROWS + " rooms: split it");
    }
  }
}
