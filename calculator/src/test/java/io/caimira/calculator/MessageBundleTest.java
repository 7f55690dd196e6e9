package io.caimira.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The message bundles agree with {@link MessageKey} and with each other. */
class MessageBundleTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  private static Set<String> keysOf(ResourceBundle bundle) {
    return new TreeSet<>(bundle.keySet());
  }

  @Test
  void bothBundlesHoldExactlyTheKeysOfTheEnum() {
    Set<String> keys = Arrays.stream(MessageKey.values()).map(Enum::name)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(keysOf(Message.bundle(Locale.ENGLISH))).isEqualTo(keys);
    assertThat(keysOf(Message.bundle(Locale.FRENCH))).isEqualTo(keys);
  }

  @Test
  void frenchIsItsOwnBundleAndOtherLanguagesGetEnglish() {
    assertThat(Message.bundle(Locale.FRENCH).getLocale()).isEqualTo(Locale.FRENCH);
    assertThat(Message.bundle(Locale.CANADA_FRENCH).getLocale()).isEqualTo(Locale.FRENCH);
    assertThat(Message.bundle(Locale.GERMAN).getLocale()).isEqualTo(Locale.ROOT);
    assertThat(Message.bundle(Locale.ENGLISH).getLocale()).isEqualTo(Locale.ROOT);
  }

  @ParameterizedTest
  @EnumSource(MessageKey.class)
  void frenchUsesTheSameArgumentsAsEnglish(MessageKey key) {
    String english = Message.template(key, Locale.ENGLISH);
    String french = Message.template(key, Locale.FRENCH);
    Set<Integer> indices = indices(english);
    assertThat(indices(french)).as("arguments of %s in French", key).isEqualTo(indices);
    assertThat(indices).as("arguments of %s numbered from 0 without gaps", key)
        .isEqualTo(IntStream.range(0, indices.size()).boxed().collect(Collectors.toSet()));
  }

  @ParameterizedTest
  @EnumSource(MessageKey.class)
  void everyMessageIsTranslated(MessageKey key) {
    assertThat(Message.template(key, Locale.FRENCH)).as("French of %s", key).isNotBlank()
        .isNotEqualTo(Message.template(key, Locale.ENGLISH));
  }

  private static Set<Integer> indices(String template) {
    Set<Integer> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      out.add(Integer.parseInt(m.group(1)));
    }
    return out;
  }
}
