package io.caimira.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs Debian's nginx with our router configuration (deploy/nginx/nginx.conf) on loopback: the upstream host
 * names are pointed at local ports and the listening port is moved, everything else is the file as deployed.
 * Without nginx the tests that need it are skipped, unless {@code -Dcaimira.nginx.required=true} (CI).
 */
public final class RouterConfig {
  public static final Path CONFIG = Path.of("nginx", "nginx.conf");

  private RouterConfig() {}

  /** The Content-Security-Policy the router adds to answers without one (the map of $caimira_csp). */
  public static String defaultPolicy() throws IOException {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("map \\$upstream_http_content_security_policy "
        + "\\$caimira_csp \\{\\s*\"\"\\s+\"([^\"]+)\";").matcher(Files.readString(CONFIG));
    if (!m.find()) {
      throw new IllegalStateException("no default Content-Security-Policy in " + CONFIG);
    }
    return m.group(1);
  }

  public static Path nginx() {
    for (String candidate : new String[] {"/usr/sbin/nginx", "/usr/bin/nginx"}) {
      if (Files.isExecutable(Path.of(candidate))) {
        return Path.of(candidate);
      }
    }
    String missing = "nginx is needed for the router tests (apt-get install nginx)";
    if (Boolean.getBoolean("caimira.nginx.required")) {
      throw new IllegalStateException(missing);
    }
    Assumptions.abort(missing);
    return null;
  }

  /**
   * Writes a main configuration in {@code dir} that includes our server configuration with the given upstream
   * addresses (host name → host:port) and listening port; answers the main file.
   */
  public static Path write(Path dir, Map<String, String> upstreams, int port) throws IOException {
    return write(CONFIG, dir, upstreams, port);
  }

  /** As {@link #write(Path, Map, int)}, for the router configuration file {@code config}. */
  public static Path write(Path config, Path dir, Map<String, String> upstreams, int port) throws IOException {
    String site = Files.readString(config);
    for (Map.Entry<String, String> e : upstreams.entrySet()) {
      site = site.replace("server " + e.getKey() + ";", "server " + e.getValue() + ";");
    }
    site = site.replace("listen 8080 default_server;", "listen 127.0.0.1:" + port + " default_server;")
        .replace("listen [::]:8080 default_server;", "");
    Path siteFile = dir.resolve("site.conf");
    Files.writeString(siteFile, site);
    String main = "pid " + dir.resolve("nginx.pid") + ";\n"
        + "error_log " + dir.resolve("error.log") + " notice;\n"
        + "daemon off;\n"
        + "events {}\n"
        + "http {\n"
        + "  access_log off;\n"
        + "  client_body_temp_path " + dir + "/body; proxy_temp_path " + dir + "/proxy;\n"
        + "  fastcgi_temp_path " + dir + "/fastcgi; uwsgi_temp_path " + dir + "/uwsgi; scgi_temp_path " + dir
        + "/scgi;\n"
        + "  include " + siteFile + ";\n"
        + "}\n";
    Path mainFile = dir.resolve("nginx-main.conf");
    Files.writeString(mainFile, main);
    return mainFile;
  }
}
