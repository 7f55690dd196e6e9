package io.caimira.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The router configuration passes {@code nginx -t} and names the services of the OpenShift templates. */
class RouterConfigTest {

  @Test
  void nginxAcceptsTheConfiguration(@TempDir Path dir) throws Exception {
    Path nginx = RouterConfig.nginx();
    Path main = RouterConfig.write(dir, Map.of(
        "auth-service:8080", "127.0.0.1:1", "calculator-app:8080", "127.0.0.1:2",
        "calculator-open-app:8080", "127.0.0.1:3", "api-app:8081", "127.0.0.1:4"), 18999);
    Process p = new ProcessBuilder(nginx.toString(), "-t", "-c", main.toString(), "-e",
        dir.resolve("error.log").toString()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output).contains("test is successful");
  }

  @Test
  void upstreamsAreTheServicesOfTheTemplates() throws Exception {
    String conf = Files.readString(RouterConfig.CONFIG);
    String services = Files.readString(Path.of("openshift", "services.yaml"));
    for (String upstream : new String[] {"auth-service:8080", "calculator-app:8080", "calculator-open-app:8080",
        "api-app:8081"}) {
      assertThat(conf).contains("server " + upstream + ";");
      String name = upstream.substring(0, upstream.indexOf(':'));
      String port = upstream.substring(upstream.indexOf(':') + 1);
      assertThat(services).contains("name: " + name).contains("port: " + port);
    }
    assertThat(conf).contains("auth_request /auth/probe;").contains("gzip on;");
    // the calculator's admin header: cleared for everyone, set only behind the admin probe
    assertThat(conf).contains("proxy_set_header X-Caimira-Admin \"\";");
    String profiler = conf.substring(conf.indexOf("location /profiler"), conf.indexOf("}", conf.indexOf(
        "location /profiler")));
    assertThat(profiler).contains("auth_request /auth/probe-admin;").contains("proxy_set_header X-Caimira-Admin \"true\";")
        // a proxy_set_header in a location replaces the inherited ones: the forwarded headers must be repeated
        .contains("proxy_set_header Host $http_host;", "proxy_set_header X-Forwarded-Proto $caimira_forwarded_proto;",
            "proxy_set_header X-Forwarded-Host $http_host;");
  }

  /**
   * The router sets every forwarded header itself, in the server and in each location with its own
   * proxy_set_header (which replaces the server's list): a client's are never passed on.
   */
  @Test
  void everyProxiedRequestGetsTheRoutersForwardedHeaders() throws Exception {
    String conf = Files.readString(RouterConfig.CONFIG);
    String[] forwarded = {"proxy_set_header Host $http_host;",
        "proxy_set_header X-Forwarded-Proto $caimira_forwarded_proto;",
        "proxy_set_header X-Forwarded-Host $http_host;", "proxy_set_header X-Forwarded-Port \"\";",
        "proxy_set_header X-Forwarded-Prefix \"\";", "proxy_set_header Forwarded \"\";"};
    assertThat(conf).doesNotContain("$http_x_forwarded_host");
    String server = conf.substring(conf.indexOf("server {")).replaceAll("(?m)^\\s*location [^{]*\\{[^}]*\\}", "");
    assertThat(server).contains(forwarded);
    java.util.regex.Matcher location = java.util.regex.Pattern.compile("(?m)^\\s*location [^{]*\\{[^}]*\\}")
        .matcher(conf);
    int withOwnList = 0;
    while (location.find()) {
      String block = location.group();
      if (block.contains("proxy_set_header")) {
        withOwnList++;
        assertThat(block).as(block).contains(forwarded);
      }
    }
    assertThat(withOwnList).isEqualTo(4);
  }

  @Test
  void theRoutersDefaultPolicyIsTheServicesOne() throws Exception {
    assertThat(RouterConfig.defaultPolicy()).isEqualTo(io.caimira.session.SecurityHeaders.POLICY);
    String conf = Files.readString(RouterConfig.CONFIG);
    for (String header : io.caimira.session.SecurityHeaders.forPath("/").keySet()) {
      assertThat(conf).contains("proxy_hide_header " + header + ";").contains("add_header " + header + " ");
    }
  }
}
