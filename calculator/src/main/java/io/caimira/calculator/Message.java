package io.caimira.calculator;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message of the calculator, by key and ordered arguments, rendered in English or French from the bundle
 * {@code io/caimira/calculator/messages*.properties}. A template refers to its arguments as {@code {0}}, {@code {1}}…
 * and is otherwise taken literally (no {@link java.text.MessageFormat} quoting: apostrophes and other braces stay
 * as written). Arguments are kept as text, formatted as string concatenation would (so numbers read the same in
 * every language); an argument that is itself a {@code Message} is rendered in the same language.
 */
public record Message(MessageKey key, List<Object> args) {
  /** The bundle's base name. */
  public static final String BUNDLE = "io.caimira.calculator.messages";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  /** Longest argument kept whole; a longer one (a bad value echoed back) is cut to its first 80 characters. */
  public static final int MAX_ARGUMENT = 200;

  /**
   * Each argument is kept as a {@code Message}, a {@link Listing} or as {@link String#valueOf(Object)}, cut after 80
   * characters when longer than {@link #MAX_ARGUMENT} (error messages quote at most a short prefix of a bad value).
   */
  public Message {
    args = args.stream()
        .map(a -> a instanceof Message || a instanceof Listing ? a : shorten(String.valueOf(a))).toList();
  }

  /**
   * A list the calculator itself supplies (the allowed values of a choice), rendered as "a, b, c" and kept whole,
   * unlike a value echoed back from the input.
   */
  public record Listing(List<String> items) {
    @Override
    public String toString() {
      return String.join(", ", items);
    }
  }

  private static String shorten(String text) {
    return text.length() <= MAX_ARGUMENT ? text : text.substring(0, 80) + "…";
  }

  /** A message; each argument is a {@code Message} or is kept as {@link String#valueOf(Object)}. */
  public static Message of(MessageKey key, Object... args) {
    return new Message(key, Arrays.asList(args));
  }

  /** The text in English, the language of the API. */
  public String english() {
    return text(Locale.ROOT);
  }

  /** The text in a locale's language; English for any language without a translation. */
  public String text(Locale locale) {
    String template = template(key, locale);
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int index = Integer.parseInt(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(index < args.size() ? argument(index, locale) : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String argument(int index, Locale locale) {
    Object a = args.get(index);
    return a instanceof Message nested ? nested.text(locale) : a.toString();
  }

  /** The template of a key in a locale's bundle (the English bundle when the language has none). */
  public static String template(MessageKey key, Locale locale) {
    return bundle(locale).getString(key.name());
  }

  /** The bundle of a locale's language, without falling back to the JVM's default locale. */
  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale, Message.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
