package io.caimira.webapp.security;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The session's texts, English here; French in {@code messages/signin_fr.properties}. */
@MessageBundle(value = "signin", locale = "en")
public interface SessionTexts {
  @Message("Signed in as {name}")
  String signed_in_as(String name);

  @Message("Sign out")
  String sign_out();

  @Message("Your account is signed in but does not have access to this calculator. Ask the service administrators "
      + "for access, or use the open calculator.")
  String role_missing();
}
