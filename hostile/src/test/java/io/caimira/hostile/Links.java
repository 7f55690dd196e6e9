package io.caimira.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of the data of links (report links' {@code c}, short links, compare links): random bytes, zlib bombs,
 * valid forms with a hostile field, truncated codes, upstream short links whose doubled slashes were merged, and
 * long strings full of slashes (the merged-slash repair's worst case).
 */
final class Links {
  private Links() {}

  /** Named link data. */
  record Code(String kind, String data) {
    @Override
    public String toString() {
      return kind + " " + Attack.preview(data, 120) + " (" + data.length() + " chars)";
    }
  }

  /** Codes for {@code ?c=} (URL-safe alphabet). */
  static Arbitrary<Code> reportCodes() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, randomBytes()),
        Tuple.of(2, bombs()),
        Tuple.of(6, hostileForms()),
        Tuple.of(1, truncated()),
        Tuple.of(1, manyFields()));
  }

  /** Data for {@code /_c/} (upstream's standard alphabet, slashes included). */
  static Arbitrary<Code> shortLinkData() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, randomBytes().map(c -> new Code(c.kind(), toStandard(c.data())))),
        Tuple.of(2, bombs().map(c -> new Code(c.kind(), toStandard(c.data())))),
        Tuple.of(3, hostileForms().map(c -> new Code(c.kind(), toStandard(c.data())))),
        Tuple.of(3, mergedSlashes()),
        Tuple.of(2, slashStorms()));
  }

  private static String toStandard(String urlSafe) {
    try {
      return Base64.getEncoder().encodeToString(Base64.getUrlDecoder().decode(urlSafe));
    } catch (IllegalArgumentException e) {
      return urlSafe;
    }
  }

  static Arbitrary<Code> randomBytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(3_000)
        .map(b -> new Code("random bytes", Base64.getUrlEncoder().withoutPadding().encodeToString(b)));
  }

  /** zlib data inflating to 1 to 64 MB (zeros, or a form field repeated). */
  static Arbitrary<Code> bombs() {
    return Combinators.combine(Arbitraries.of(1, 8, 64), Arbitraries.of("zeros", "field")).as((mb, what) -> {
      byte[] data = what.equals("zeros") ? new byte[mb << 20]
          : ("room_volume=" + "9".repeat((mb << 20) - 20)).getBytes(StandardCharsets.US_ASCII);
      return new Code("zlib bomb", Base64.getUrlEncoder().withoutPadding().encodeToString(Codes.deflate(data)));
    });
  }

  /** A valid form (the API's examples as form fields) with one field given a hostile value, dropped or doubled. */
  static Arbitrary<Code> hostileForms() {
    return hostileFormFields().map(f -> new Code("form link, " + f.kind(), Codes.urlCode(f.query())));
  }

  /** (description, query string) of mutated valid forms. */
  static Arbitrary<FormCase> hostileFormFields() {
    Arbitrary<String> base = Arbitraries.of(ValidBodies.VIRUS, ValidBodies.VIRUS_RICH, ValidBodies.VIRUS_OCCUPANCY);
    Arbitrary<String> field = Arbitraries.of(BodyMutations.VIRUS_KEYS);
    return Combinators.combine(base, field, HostileValues.forLinks(), Arbitraries.of("replace", "drop", "twice"))
        .as((json, name, value, op) -> {
          Map<String, String> fields = ValidBodies.formFields(json);
          String query;
          switch (op) {
            case "drop" -> {
              fields.remove(name);
              query = Codes.query(fields);
            }
            case "twice" -> query = Codes.query(fields) + "&" + Codes.enc(name) + "=" + Codes.enc(value.text());
            default -> {
              fields.put(name, value.text());
              query = Codes.query(fields);
            }
          }
          String what = op.equals("drop") ? "dropped field" : value.kind();
          return new FormCase(what + " [" + name + "]", query);
        });
  }

  static Arbitrary<Code> truncated() {
    return Combinators.combine(Arbitraries.of(ValidBodies.VIRUS, ValidBodies.VIRUS_RICH), Arbitraries.integers()
        .between(0, 100)).as((json, percent) -> {
          String code = Codes.urlCode(Codes.query(ValidBodies.formFields(json)));
          return new Code("truncated link", code.substring(0, code.length() * percent / 100));
        });
  }

  static Arbitrary<Code> manyFields() {
    return Arbitraries.of(1_000, 100_000, 1_000_000).map(n -> {
      StringBuilder b = new StringBuilder(Codes.query(ValidBodies.formFields(ValidBodies.VIRUS)));
      for (int i = 0; i < n; i++) {
        b.append("&f").append(i).append('=').append(i);
      }
      return new Code("link with many fields", Codes.urlCode(b.toString()));
    });
  }

  /**
   * Upstream short links of valid forms (padded standard Base64) with up to three slashes lost where two met, or
   * with random slashes removed or doubled.
   */
  static Arbitrary<Code> mergedSlashes() {
    return Combinators.combine(Arbitraries.of(ValidBodies.VIRUS, ValidBodies.VIRUS_RICH, ValidBodies.VIRUS_OCCUPANCY),
        Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(1, 3), Arbitraries.longs())
        .as((json, padding, lost, seed) -> {
          Random r = new Random(seed);
          // a form whose code holds many "//" (found by varying a free-text field)
          String best = null;
          int bestCount = -1;
          for (int i = 0; i < 40; i++) {
            Map<String, String> f = new LinkedHashMap<>(ValidBodies.formFields(json));
            f.put("simulation_name", "x".repeat(padding) + r.nextLong());
            String code = Codes.standardCode(Codes.query(f).getBytes(StandardCharsets.UTF_8));
            int count = code.split("//", -1).length - 1;
            if (count > bestCount) {
              best = code;
              bestCount = count;
            }
          }
          StringBuilder s = new StringBuilder(best);
          for (int k = 0; k < lost; k++) {
            int at = s.indexOf("//");
            if (at < 0) {
              List<Integer> slashes = new ArrayList<>();
              for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '/') {
                  slashes.add(i);
                }
              }
              if (slashes.isEmpty()) {
                break;
              }
              at = slashes.get(r.nextInt(slashes.size()));
            }
            s.deleteCharAt(at);
          }
          return new Code("short link with merged slashes", s.toString());
        });
  }

  /** Base64-looking data of 0.5 to 4 kB with tens to hundreds of slashes and a length that is not a multiple of 4. */
  static Arbitrary<Code> slashStorms() {
    return Combinators.combine(Arbitraries.of(500, 2_000, 4_000), Arbitraries.of(10, 50, 150, 199, 400),
        Arbitraries.longs()).as((length, slashes, seed) -> {
          Random r = new Random(seed);
          String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+";
          char[] c = new char[length + 1 + (length % 4 == 3 ? 1 : 0)];
          for (int i = 0; i < c.length; i++) {
            c[i] = alphabet.charAt(r.nextInt(alphabet.length()));
          }
          c[0] = 'e';
          c[1] = 'J';
          for (int i = 0; i < slashes; i++) {
            c[2 + r.nextInt(c.length - 2)] = '/';
          }
          return new Code("short link full of slashes", new String(c));
        });
  }
}
