package io.caimira.session;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security headers every answer of every service carries (pages, JSON, errors, static files), the same at the
 * router (deploy/nginx/nginx.conf keeps a service's value and adds the default where an answer has none).
 *
 * <p>The pages load their scripts, styles, fonts and charts from their own origin only and have no inline script,
 * style element or event handler; the report's data travels in {@code <script type="application/json">} blocks,
 * which are data, not scripts. Inline {@code style} attributes stay allowed ({@code style-src-attr}): the charts'
 * tooltips and Bootstrap's components write them; images may be {@code data:} or {@code blob:} URLs (Bootstrap's
 * icons in its CSS, the charts exported to the PDF). No {@code form-action}: the sign-out form ends at the sign-in
 * provider, on another origin. The API documentation (Swagger UI, {@code /q/swagger-ui}, or {@code /api/q/swagger-ui}
 * where the API is served under /api) is a generated page with an inline script: it alone gets
 * {@link #API_DOCS_POLICY}.
 */
public final class SecurityHeaders {
  /** The Content-Security-Policy of every answer but the API documentation. */
  public static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "style-src-attr 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; "
      + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
  /** The Content-Security-Policy of Swagger UI, whose generated page has an inline script and styles. */
  public static final String API_DOCS_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
      + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
      + "frame-ancestors 'none'";
  private static final String API_DOCS = "/q/swagger-ui";

  private SecurityHeaders() {}

  /** The headers (name → value) for an answer to {@code path} (the path the server received). */
  public static Map<String, String> forPath(String path) {
    Map<String, String> headers = new LinkedHashMap<>();
    String local = path != null && path.startsWith("/api/") ? path.substring("/api".length()) : path;
    boolean docs = local != null && (local.equals(API_DOCS) || local.startsWith(API_DOCS + "/"));
    headers.put("Content-Security-Policy", docs ? API_DOCS_POLICY : POLICY);
    headers.put("X-Frame-Options", "DENY");
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "same-origin");
    return headers;
  }
}
