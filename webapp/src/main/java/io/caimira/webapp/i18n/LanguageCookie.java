package io.caimira.webapp.i18n;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.NewCookie;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Remembers a language chosen with the switch ({@code ?lang=fr}) in a cookie, for the following pages. */
public class LanguageCookie {

  @ServerResponseFilter
  public void remember(ContainerRequestContext request, ContainerResponseContext response) {
    Locale chosen = Languages.supported(request.getUriInfo().getQueryParameters().getFirst(Languages.QUERY));
    if (chosen == null) {
      return;
    }
    NewCookie cookie = new NewCookie.Builder(Languages.COOKIE).value(chosen.getLanguage()).path("/")
        .maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).build();
    response.getHeaders().add("Set-Cookie", cookie);
  }
}
