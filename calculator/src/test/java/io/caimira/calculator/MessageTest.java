package io.caimira.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Rendering of {@link Message}: arguments, literal text, nested messages, languages. */
class MessageTest {

  @Test
  void argumentsAreInsertedAsConcatenationWouldShowThem() {
    Message m = Message.of(MessageKey.POSITIVE_NUMBER, "window_height", -0.5);
    assertThat(m.english()).isEqualTo("window_height should be a positive number. Got -0.5.");
    assertThat(m.text(Locale.FRENCH))
        .isEqualTo("window_height doit être un nombre strictement positif. Reçu : -0.5.");
  }

  @Test
  void theAllowedValuesOfAChoiceAreListedWholeWhileAnEchoedValueIsCut() {
    // the vaccine types make a list of about 700 characters, beyond the length an echoed value is cut at
    String bad = "x".repeat(Message.MAX_ARGUMENT + 1);
    Message m = Message.of(MessageKey.CHOICE_INVALID, bad, "vaccine_type",
        new Message.Listing(io.caimira.calculator.input.Choices.VACCINE_TYPES));
    String allowed = String.join(", ", io.caimira.calculator.input.Choices.VACCINE_TYPES);
    assertThat(allowed.length()).isGreaterThan(Message.MAX_ARGUMENT);
    assertThat(m.english()).isEqualTo("x".repeat(80) + "… is not a valid value for vaccine_type. Allowed values: "
        + allowed);
    assertThat(m.text(java.util.Locale.FRENCH)).endsWith("Valeurs admises : " + allowed);
  }

  @Test
  void aMissingArgumentReadsNullAsConcatenationWouldShowIt() {
    assertThat(Message.of(MessageKey.VACCINE_NO_DATA, (Object) null).english())
        .isEqualTo("No effectiveness data for the vaccine null.");
  }

  @Test
  void apostrophesAndOtherBracesAreLiteral() {
    assertThat(Message.of(MessageKey.WINDOW_TYPE_REQUIRED).english())
        .isEqualTo("window_type cannot be 'not-applicable' if ventilation_type is 'natural_ventilation'");
    assertThat(Message.of(MessageKey.SHORT_RANGE_EMPTY).text(Locale.FRENCH))
        .isEqualTo("Quand short_range_option vaut \"short_range_yes\", l'entrée short_range_interactions ne peut pas "
            + "être vide. Reçu : {}.");
  }

  @Test
  void anArgumentThatIsAMessageIsRenderedInTheSameLanguage() {
    Message m = Message.of(MessageKey.KEY_MISSING, "start_time", Message.of(MessageKey.KEYS_FOUND, "a, b"));
    assertThat(m.english()).isEqualTo("Unable to fetch \"start_time\" key. Got keys: a, b.");
    assertThat(m.text(Locale.FRENCH)).isEqualTo("La clé « start_time » est introuvable. Reçu : clés a, b.");
  }

  @Test
  void argumentTextIsNotReadAsAPlaceholderOrAReplacementPattern() {
    Message m = Message.of(MessageKey.FIELD_UNKNOWN, "{1}$0\\");
    assertThat(m.english()).isEqualTo("Invalid argument \"{1}$0\\\" given");
  }

  @Test
  void aLanguageWithoutTranslationReadsEnglish() {
    assertThat(Message.of(MessageKey.VACCINE_NO_DATA, "X").text(Locale.GERMAN))
        .isEqualTo("No effectiveness data for the vaccine X.");
  }

  @Test
  void anInputErrorAnswersEnglishAndTranslatesOnRequest() {
    InputError e = new InputError("samples", Message.of(MessageKey.SAMPLES_RANGE, 250000, 0));
    assertThat(e.getMessage()).isEqualTo("The sample size should be between 1 and 250000. Got 0.");
    assertThat(e.message(Locale.ENGLISH)).isEqualTo(e.getMessage());
    assertThat(e.message(Locale.FRENCH))
        .isEqualTo("La taille de l'échantillon doit être comprise entre 1 et 250000. Reçu : 0.");
    assertThat(e.field()).isEqualTo("samples");
  }

  @Test
  void anInputErrorMadeOfAPlainTextShowsItInEveryLanguage() {
    InputError e = new InputError("total_people", "Déjà en français.");
    assertThat(e.message(Locale.FRENCH)).isEqualTo("Déjà en français.");
    assertThat(e.message(Locale.ENGLISH)).isEqualTo("Déjà en français.");
  }
}
