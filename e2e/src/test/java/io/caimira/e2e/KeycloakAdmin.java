package io.caimira.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Changes of the running Keycloak's realm through its admin REST API (as its master-realm administrator). */
final class KeycloakAdmin {
  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern SSO_IDLE = Pattern.compile("\"ssoSessionIdleTimeout\"\\s*:\\s*(\\d+)");
  private static final Pattern SSO_MAX = Pattern.compile("\"ssoSessionMaxLifespan\"\\s*:\\s*(\\d+)");

  private final Topology topology;
  private final HttpClient http = HttpClient.newHttpClient();

  KeycloakAdmin(Topology topology) {
    this.topology = topology;
  }

  /**
   * Sets how long the tokens of our client live (Keycloak's client setting "access token lifespan", which the ID
   * token follows); {@code null} goes back to the realm's lifespan.
   */
  void clientTokenLifespan(Integer seconds) throws IOException, InterruptedException {
    String token = adminToken();
    HttpResponse<String> clients = http.send(HttpRequest.newBuilder(URI.create(topology.keycloakUrl(
            "/admin/realms/" + Topology.REALM + "/clients?clientId=" + Topology.CLIENT)))
        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(clients.statusCode()).as(clients.body()).isEqualTo(200);
    String id = first(ID, clients.body());
    String value = seconds == null ? "" : seconds.toString();
    HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(topology.keycloakUrl(
            "/admin/realms/" + Topology.REALM + "/clients/" + id)))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"attributes\": {\"access.token.lifespan\": \"" + value + "\"}}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(update.statusCode()).as(update.body()).isEqualTo(204);
  }

  /** The realm's SSO session times, in seconds: idle (without any token renewal) and maximum (from the sign-in). */
  record SsoSession(int idleSeconds, int maxSeconds) {}

  /** The realm's current SSO session times. */
  SsoSession ssoSession() throws IOException, InterruptedException {
    HttpResponse<String> realm = http.send(HttpRequest.newBuilder(URI.create(topology.keycloakUrl(
            "/admin/realms/" + Topology.REALM))).header("Authorization", "Bearer " + adminToken()).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(realm.statusCode()).as(realm.body()).isEqualTo(200);
    return new SsoSession(Integer.parseInt(first(SSO_IDLE, realm.body())),
        Integer.parseInt(first(SSO_MAX, realm.body())));
  }

  /** Sets the realm's SSO session times (the other realm settings stay as they are). */
  void ssoSession(SsoSession times) throws IOException, InterruptedException {
    HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(topology.keycloakUrl(
            "/admin/realms/" + Topology.REALM)))
        .header("Authorization", "Bearer " + adminToken()).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"ssoSessionIdleTimeout\": " + times.idleSeconds()
            + ", \"ssoSessionMaxLifespan\": " + times.maxSeconds() + "}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(update.statusCode()).as(update.body()).isEqualTo(204);
  }

  private String adminToken() throws IOException, InterruptedException {
    String form = "grant_type=password&client_id=admin-cli&username=" + encode(Topology.KEYCLOAK_ADMIN)
        + "&password=" + encode(Topology.KEYCLOAK_ADMIN_PASSWORD);
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(topology.keycloakUrl(
            "/realms/master/protocol/openid-connect/token")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return first(ACCESS_TOKEN, r.body());
  }

  private static String first(Pattern pattern, String json) {
    Matcher m = pattern.matcher(json);
    assertThat(m.find()).as(json).isTrue();
    return m.group(1);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
