package io.caimira.webapp.links;

import jakarta.ws.rs.core.UriInfo;

/**
 * Absolute addresses of the application's pages as the browser reaches them: the scheme and host come from the
 * request, which Quarkus has already corrected with a TLS-terminating proxy's X-Forwarded-* / Forwarded headers
 * ({@code quarkus.http.proxy.*}), so that links given out (permalinks, QR codes) use https behind such a proxy.
 */
public final class PublicUrls {
  private PublicUrls() {}

  /**
   * @param uri the request's UriInfo
   * @param path an absolute path with its query string, e.g. {@code web.calculatorUrl("/report") + "?c=…"}
   */
  public static String absolute(UriInfo uri, String path) {
    return uri.getBaseUri().resolve(path).toString();
  }
}
