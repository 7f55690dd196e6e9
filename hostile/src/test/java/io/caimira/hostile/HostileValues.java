package io.caimira.hostile;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Generators of hostile field values, by class: extreme numbers, numbers with up to 100 000 digits, long and odd
 * strings, out-of-range times, wrong types, deep and wide nesting, huge arrays. Sizes stay below the server's body
 * limit (10 MB) so that the value reaches the parser rather than being cut off at the door.
 */
final class HostileValues {
  private HostileValues() {}

  static final List<String> EXTREME_NUMBERS = List.of("0", "-0", "-0.0", "1e-300", "4.9e-324", "2.2250738585072014e-308",
      "1e308", "-1e308", "1.7976931348623157e308", "1e309", "-1e309", "2147483647", "-2147483648", "2147483648",
      "4294967296", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "-1", "-1e-300", "1e-6",
      "0.001", "1e6", "1e9", "1e12", "1e15", "1e100");

  static final List<String> ODD_STRINGS = List.of("", " ", "NaN", "nan", "Infinity", "-Infinity", "inf", "null",
      "true", "0x10", "1_000", "1,5", "١٢", "１２", "1e", "e5", "--1", "+1", ".", "\\u0000", "24:00", "99:99",
      "-1:00", "9:00", "23:60", "00:00", "23:59", "12:30:00", "T12:00", "12h30", "٠٩:٠٠", "<script>alert(1)</script>",
      "'; DROP TABLE x;--", "../../etc/passwd", "%00", "{{7*7}}", "${7*7}");

  static final List<String> WRONG_TYPES = List.of("true", "false", "null", "[]", "{}", "[1,2,3]", "{\"a\":1}",
      "[[]]", "\"[]\"", "\"{}\"", "[null]", "{\"\":null}");

  /** Any hostile value. */
  static Arbitrary<HostileValue> any() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, extremeNumbers()),
        net.jqwik.api.Tuple.of(3, manyDigits()),
        net.jqwik.api.Tuple.of(2, longStrings()),
        net.jqwik.api.Tuple.of(3, oddStrings()),
        net.jqwik.api.Tuple.of(2, wrongTypes()),
        net.jqwik.api.Tuple.of(1, deepNesting()),
        net.jqwik.api.Tuple.of(1, hugeArrays()),
        net.jqwik.api.Tuple.of(1, wideObjects()));
  }

  /** Values small enough for a link (a few kB once compressed: long runs compress well). */
  static Arbitrary<HostileValue> forLinks() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, extremeNumbers()),
        net.jqwik.api.Tuple.of(3, manyDigits()),
        net.jqwik.api.Tuple.of(3, oddStrings()),
        net.jqwik.api.Tuple.of(2, wrongTypes()),
        net.jqwik.api.Tuple.of(1, deepNesting()));
  }

  static Arbitrary<HostileValue> extremeNumbers() {
    Arbitrary<String> n = Arbitraries.of(EXTREME_NUMBERS);
    return Arbitraries.oneOf(n.map(s -> new HostileValue("extreme number", s)),
        n.map(s -> new HostileValue("extreme number as a string", "\"" + s + "\"")));
  }

  /** Numbers written with 1 000 to 100 000 digits (integer, fraction, exponent), as numbers and as strings. */
  static Arbitrary<HostileValue> manyDigits() {
    Arbitrary<Integer> digits = Arbitraries.of(1_000, 10_000, 100_000);
    Arbitrary<String> numbers = Arbitraries.oneOf(
        digits.map(d -> "1" + "0".repeat(d)),
        digits.map(d -> "0." + "0".repeat(d - 1) + "1"),
        digits.map(d -> "9".repeat(d) + ".5"),
        digits.map(d -> "1e" + "9".repeat(Math.min(d, 1000))),
        digits.map(d -> "-" + "7".repeat(d)));
    return Arbitraries.oneOf(numbers.map(s -> new HostileValue("number with many digits", s)),
        numbers.map(s -> new HostileValue("number with many digits as a string", "\"" + s + "\"")));
  }

  static Arbitrary<HostileValue> longStrings() {
    Arbitrary<Integer> length = Arbitraries.of(1_000, 100_000, 1_000_000);
    return Arbitraries.oneOf(
        length.map(n -> "a".repeat(n)),
        length.map(n -> "é€😀".repeat(n / 3)),
        length.map(n -> "\\\"".repeat(n / 2)),
        length.map(n -> "09:00".repeat(n / 5)))
        .map(s -> new HostileValue("long string", "\"" + s + "\""));
  }

  static Arbitrary<HostileValue> oddStrings() {
    return Arbitraries.of(ODD_STRINGS).map(s -> new HostileValue("odd string or time out of range", "\"" + s + "\""));
  }

  static Arbitrary<HostileValue> wrongTypes() {
    return Arbitraries.of(WRONG_TYPES).map(s -> new HostileValue("wrong type", s));
  }

  /** Arrays or objects nested 100 to 100 000 deep, as JSON and as a string holding JSON. */
  static Arbitrary<HostileValue> deepNesting() {
    Arbitrary<Integer> depth = Arbitraries.of(100, 1_000, 10_000, 100_000);
    Arbitrary<String> nested = Arbitraries.oneOf(
        depth.map(d -> "[".repeat(d) + "]".repeat(d)),
        depth.map(d -> "{\"a\":".repeat(d) + "1" + "}".repeat(d)));
    return Arbitraries.oneOf(nested.map(s -> new HostileValue("deep nesting", s)),
        nested.map(s -> new HostileValue("deep nesting in a string", "\"" + s.replace("\"", "\\\"") + "\"")));
  }

  static Arbitrary<HostileValue> hugeArrays() {
    return Arbitraries.of(10_000, 100_000, 1_000_000)
        .map(n -> "[" + "1,".repeat(n) + "1]")
        .map(s -> new HostileValue("huge array", s));
  }

  static Arbitrary<HostileValue> wideObjects() {
    return Arbitraries.of(1_000, 50_000).map(n -> {
      StringBuilder b = new StringBuilder("{");
      for (int i = 0; i < n; i++) {
        b.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
      }
      return new HostileValue("wide object", b.append('}').toString());
    });
  }
}
