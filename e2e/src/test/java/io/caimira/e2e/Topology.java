package io.caimira.e2e;

import io.caimira.deploy.RouterConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The production topology on loopback: Keycloak (realm of deploy/keycloak with the client's redirect URI on our
 * router port), the auth-service, a CERN-theme calculator at /calculator-cern, an open one at /calculator-open,
 * the REST API, and Debian's nginx with deploy/nginx/nginx.conf in front (upstream host names pointed at the
 * local ports). Every service runs from the jar the build made, as in the images. {@link #startWithoutSignIn()}
 * leaves out Keycloak and the auth-service, for tests of the public parts only.
 */
public final class Topology implements AutoCloseable {
  static final String REALM = "caimira";
  static final String CLIENT = "caimira-local";
  static final String CLIENT_SECRET = "local-client-secret";
  /** Keycloak's administrator (master realm), for tests that change the realm's settings. */
  static final String KEYCLOAK_ADMIN = "admin";
  static final String KEYCLOAK_ADMIN_PASSWORD = "admin-password";

  private final List<Service> services = new ArrayList<>();
  private final Path root;
  private final Path work;
  final int routerPort;
  private int cernPort;
  private int keycloakPort;

  private Topology(Path root, Path work, int routerPort) {
    this.root = root;
    this.work = work;
    this.routerPort = routerPort;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + routerPort + path;
  }

  /** A URL of Keycloak. */
  String keycloakUrl(String path) {
    return "http://127.0.0.1:" + keycloakPort + path;
  }

  /** A URL of the CERN calculator itself, bypassing the router. */
  String cernCalculatorUrl(String path) {
    return "http://127.0.0.1:" + cernPort + path;
  }

  static Topology start() throws Exception {
    return start(true);
  }

  /**
   * The router, both calculators and the API, without Keycloak and the auth-service: the open calculator, the API
   * and the static files work; whatever needs a sign-in does not.
   */
  public static Topology startWithoutSignIn() throws Exception {
    return start(false);
  }

  private static Topology start(boolean signIn) throws Exception {
    Path root = Path.of(System.getProperty("caimira.root", "..")).toAbsolutePath().normalize();
    Path keycloakHome = Path.of(System.getProperty("keycloak.home", "target/keycloak"));
    Path nginx = RouterConfig.nginx();
    Path jdk = signIn ? Jdks.atLeast(21).orElse(null) : null;
    if (signIn && jdk == null) {
      String missing = "a JDK 21 or newer is needed to run Keycloak";
      if (Boolean.getBoolean("caimira.e2e.required")) {
        throw new IllegalStateException(missing);
      }
      Assumptions.abort(missing);
    }
    Path work = Files.createDirectories(root.resolve(signIn ? "e2e/target/e2e-run" : "e2e/target/e2e-run-public"));
    Topology t = new Topology(root, work, freePort());
    try {
      t.startAll(signIn ? keycloakHome : null, jdk, nginx);
    } catch (Exception | Error e) {
      t.close();
      throw e;
    }
    return t;
  }

  /** Starts every service; without {@code keycloakHome}, neither Keycloak nor the auth-service. */
  private void startAll(Path keycloakHome, Path jdk, Path nginx) throws Exception {
    Path logs = work.resolve("logs");
    keycloakPort = freePort();
    int authPort = freePort();
    cernPort = freePort();
    int openPort = freePort();
    int apiPort = freePort();
    String cookieSecret = HexFormat.of().formatHex(new SecureRandom().generateSeed(32));

    Service keycloak = keycloakHome == null ? null : startKeycloak(keycloakHome, jdk, keycloakPort, logs);

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path webapp = root.resolve("webapp/target/quarkus-app/quarkus-run.jar");
    Path api = root.resolve("api/target/quarkus-app/quarkus-run.jar");
    Path auth = root.resolve("auth/target/quarkus-app/quarkus-run.jar");
    for (Path jar : List.of(webapp, api, auth)) {
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException(jar + " is missing: build the project first (./mvnw package)");
      }
    }
    Service cern = run("calculator-cern", List.of(java, "-Xmx512m", "-jar", webapp.toString()),
        Map.ofEntries(Map.entry("QUARKUS_HTTP_PORT", "" + cernPort),
            Map.entry("CAIMIRA_CALCULATOR_PREFIX", "/calculator-cern"), Map.entry("CAIMIRA_THEME", "cern"),
            Map.entry("CAIMIRA_PROFILER_ENABLED", "1"),
            // it verifies (and renews) the auth-service's session itself, as deployed (Keycloak may still be
            // starting)
            Map.entry("CAIMIRA_SESSION_VERIFY", "true"), Map.entry("OIDC_SERVER", "http://127.0.0.1:" + keycloakPort),
            Map.entry("OIDC_REALM", REALM), Map.entry("CLIENT_ID", CLIENT), Map.entry("CLIENT_SECRET", CLIENT_SECRET),
            Map.entry("COOKIE_SECRET", cookieSecret),
            Map.entry("QUARKUS_OIDC_AUTHENTICATION_COOKIE_FORCE_SECURE", "false"),
            // as deployed: the router (here on loopback) is the only trusted proxy
            Map.entry("CAIMIRA_TRUSTED_PROXIES", "127.0.0.1")), logs);
    Service open = run("calculator-open", List.of(java, "-Xmx512m", "-jar", webapp.toString()),
        Map.of("QUARKUS_HTTP_PORT", "" + openPort, "CAIMIRA_CALCULATOR_PREFIX", "/calculator-open",
            "CAIMIRA_TRUSTED_PROXIES", "127.0.0.1"), logs);
    Service apiApp = run("api", List.of(java, "-Xmx512m", "-jar", api.toString()),
        Map.of("QUARKUS_HTTP_PORT", "" + apiPort), logs);

    Service authService = null;
    if (keycloak != null) {
      keycloak.awaitReady("http://127.0.0.1:" + keycloakPort + "/realms/" + REALM
          + "/.well-known/openid-configuration", Duration.ofMinutes(4));
      authService = run("auth-service", List.of(java, "-Xmx256m", "-jar", auth.toString()),
          Map.of("QUARKUS_HTTP_PORT", "" + authPort, "OIDC_SERVER", "http://127.0.0.1:" + keycloakPort,
              "OIDC_REALM", REALM, "CLIENT_ID", CLIENT, "CLIENT_SECRET", CLIENT_SECRET, "COOKIE_SECRET",
              cookieSecret, "QUARKUS_OIDC_AUTHENTICATION_COOKIE_FORCE_SECURE", "false",
              "CAIMIRA_TRUSTED_PROXIES", "127.0.0.1"), logs);
    }

    Path nginxDir = Files.createDirectories(work.resolve("nginx"));
    Path main = RouterConfig.write(root.resolve("deploy/nginx/nginx.conf"), nginxDir, Map.of(
        "auth-service:8080", "127.0.0.1:" + authPort, "calculator-app:8080", "127.0.0.1:" + cernPort,
        "calculator-open-app:8080", "127.0.0.1:" + openPort, "api-app:8081", "127.0.0.1:" + apiPort), routerPort);
    Service router = run("nginx", List.of(nginx.toString(), "-c", main.toString(), "-e",
        nginxDir.resolve("error.log").toString()), Map.of(), logs);

    cern.awaitReady("http://127.0.0.1:" + cernPort + "/q/health/ready", Duration.ofMinutes(2));
    open.awaitReady("http://127.0.0.1:" + openPort + "/q/health/ready", Duration.ofMinutes(2));
    apiApp.awaitReady("http://127.0.0.1:" + apiPort + "/q/health/ready", Duration.ofMinutes(2));
    if (authService != null) {
      authService.awaitReady("http://127.0.0.1:" + authPort + "/q/health/ready", Duration.ofMinutes(2));
    }
    router.awaitReady(url("/calculator-open"), Duration.ofMinutes(1));
  }

  /** Keycloak with our realm; the redirect URI is the router's. */
  private Service startKeycloak(Path keycloakHome, Path jdk, int port, Path logs) throws IOException {
    String realm = Files.readString(root.resolve("deploy/keycloak/caimira-realm.json"))
        .replace("http://localhost:8080", "http://127.0.0.1:" + routerPort);
    Path imports = Files.createDirectories(keycloakHome.resolve("data/import"));
    Files.writeString(imports.resolve("caimira-realm.json"), realm);
    return run("keycloak", List.of(keycloakHome.resolve("bin/kc.sh").toString(), "start-dev",
            "--http-host=127.0.0.1", "--http-port=" + port, "--db=dev-mem", "--import-realm",
            "--health-enabled=false", "--cache=local"),
        Map.of("JAVA_HOME", jdk.toString(), "KC_BOOTSTRAP_ADMIN_USERNAME", KEYCLOAK_ADMIN,
            "KC_BOOTSTRAP_ADMIN_PASSWORD", KEYCLOAK_ADMIN_PASSWORD), logs);
  }

  /** Starts a service and keeps it for {@link #close()}. */
  private Service run(String name, List<String> command, Map<String, String> env, Path logs) throws IOException {
    Service service = Service.start(name, command, env, logs);
    services.add(service);
    return service;
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() {
    for (int i = services.size() - 1; i >= 0; i--) {
      services.get(i).close();
    }
  }
}
