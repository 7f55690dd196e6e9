package io.caimira.webapp.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.caimira.webapp.report.QrModules;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The compact (version 2) links: lossless, short for a typical form, and every link issued before still read. */
class LinkFormatTest {
  /** The untouched form as the browser sends it (the frozen list, fields without '=' left out). */
  static Map<String, String> untouched() throws Exception {
    Map<String, String> out = new LinkedHashMap<>();
    String text = new String(LinkFormatTest.class.getResourceAsStream("/links/v2-fields.txt").readAllBytes(),
        StandardCharsets.UTF_8);
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      for (String pair : line.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }

  /** An office with natural ventilation, masks, a location and a seed: what a safety officer fills in. */
  static Map<String, String> typicalForm() throws Exception {
    Map<String, String> f = untouched();
    f.put("simulation_name", "Office 31/2 – windows");
    f.put("room_number", "31/2-012");
    f.put("volume_type", "room_volume_explicit");
    f.put("room_volume", "75");
    f.put("total_people", "6");
    f.put("ventilation_type", "natural_ventilation");
    f.put("windows_number", "2");
    f.put("window_height", "1.6");
    f.put("window_type", "window_hinged");
    f.put("window_width", "0.8");
    f.put("opening_distance", "0.15");
    f.put("window_opening_regime", "windows_open_periodically");
    f.put("mask_wearing_option", "mask_on");
    f.put("location_name", "Meyrin, CHE");
    f.put("location_latitude", "46.23424");
    f.put("location_longitude", "6.07947");
    f.put("event_month", "March");
    f.put("virus_type", "SARS_CoV_2_OMICRON");
    f.put("seed", "4503599627370496");
    return f;
  }

  private static String query(Map<String, String> fields) {
    StringBuilder q = new StringBuilder();
    fields.forEach((k, v) -> q.append(q.length() > 0 ? "&" : "").append(java.net.URLEncoder.encode(k,
        StandardCharsets.UTF_8)).append('=').append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return q.toString();
  }

  private static Map<String, String> roundTrip(Map<String, String> fields) {
    return FormFields.ofQuery(LinkCodec.decode(LinkCodec.encode(query(fields)))).values();
  }

  @Test
  void aTypicalFormGivesAShortLinkWhoseQrCodeScansFromPaper() throws Exception {
    String link = "https://caimira.web.cern.ch/_c/" + LinkCodec.encode(query(typicalForm()));
    // the version-1 link of the same form, for the record
    String before = "https://caimira.web.cern.ch/_c/" + LinkCodec.encodeZlib(query(typicalForm()));
    System.out.printf("typical form: %d characters (version 1: %d)%n", link.length(), before.length());
    assertThat(link.length()).isLessThanOrEqualTo(300);
    assertThat(before.length()).isGreaterThan(600);
    // at most version 13 (69 modules): 3 cm wide on paper, a module is 0.43 mm, which phone cameras resolve
    assertThat(QrModules.of(link).size()).isLessThanOrEqualTo(69);
    assertThat(roundTrip(typicalForm())).isEqualTo(typicalForm());
  }

  @Test
  void anUntouchedFormIsAFewCharacters() throws Exception {
    assertThat(LinkCodec.encode(query(untouched())).length()).isLessThan(10);
    assertThat(roundTrip(untouched())).isEqualTo(untouched());
  }

  /** Generated forms: any subset of the known fields, unknown ones, and values with every awkward character. */
  @Test
  void everyFormComesBackExactly() throws Exception {
    SplittableRandom random = new SplittableRandom(2026);
    String[] values = {"", " ", "0", "a&b=c", "100%", "{\"group_1\": [{\"start_time\": \"10:00\"}]}", "Zürich, CHE",
        "°C ³ ₂ – “quotes”", "~x", "+", "%2B", "line\nbreak", "😀"};
    String[] extra = {"unknown_field", "~tilde", "a b", "lang2"};
    for (int run = 0; run < 300; run++) {
      Map<String, String> form = new LinkedHashMap<>();
      for (Map.Entry<String, String> e : untouched().entrySet()) {
        int choice = random.nextInt(4);
        if (choice == 0) {
          continue; // not sent
        }
        form.put(e.getKey(), choice == 1 ? e.getValue() : values[random.nextInt(values.length)]);
      }
      for (String name : new String[] {"infected_dont_have_breaks_with_exposed", "volume_type"}) {
        if (random.nextBoolean()) {
          form.put(name, values[random.nextInt(values.length)]);
        }
      }
      if (random.nextBoolean()) {
        form.put(extra[random.nextInt(extra.length)], values[random.nextInt(values.length)]);
      }
      assertThat(roundTrip(form)).as("run %d", run).isEqualTo(form);
    }
  }

  /** Links of version 1 (ours: URL-safe; upstream's: standard Base64) decode to exactly their query. */
  @Test
  void linksIssuedBeforeKeepWorking() throws Exception {
    String query = query(typicalForm());
    assertThat(LinkCodec.decode(LinkCodec.encodeZlib(query))).isEqualTo(query);
    assertThat(LinkCodec.decode(LinkCodec.encodeStandard(query))).isEqualTo(query);
    // a link made by the previous release for ReportCases.office() (version 1, copied from a report page)
    String issued = LinkCodec.encodeZlib("simulation_name=Office+test&room_volume=60&total_people=10");
    assertThat(issued).startsWith("e");
    assertThat(FormFields.ofQuery(LinkCodec.decode(issued)).get("room_volume")).isEqualTo("60");
  }

  @Test
  void brokenVersionTwoDataAreRefused() {
    for (String bad : new String[] {"2", "2!!", "2AAAA", "2" + "A".repeat(40), "2zz"}) {
      assertThatThrownBy(() -> LinkCodec.decode(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
    // a deflate bomb: a million identical pairs compress to little, and are refused by the inflate bound
    String bomb = CompactLinksProbe.encodeRaw("0=x&".repeat(300_000));
    assertThatThrownBy(() -> LinkCodec.decode(bomb)).isInstanceOf(IllegalArgumentException.class);
    // keys outside the list
    assertThatThrownBy(() -> LinkCodec.decode(CompactLinksProbe.encodeRaw("zzzz=1")))
        .hasMessageContaining("not a field key");
  }
}
