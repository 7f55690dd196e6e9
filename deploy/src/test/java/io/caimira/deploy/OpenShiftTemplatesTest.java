package io.caimira.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.openshift.api.model.Route;
import io.fabric8.openshift.client.OpenShiftClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenShift templates are processed locally (as {@code oc process --local} would) with their parameters, and
 * the invariants an operator relies on hold: every Deployment has readiness and liveness probes, resource requests
 * and limits, runs as non-root without privilege escalation; secrets are only referenced; every Service selects
 * the pods of a Deployment; the route times out after 60 s with edge TLS.
 */
class OpenShiftTemplatesTest {
  private static final Path DIR = Path.of("openshift");
  private static OpenShiftClient client;

  @BeforeAll
  static void client() {
    client = new KubernetesClientBuilder().build().adapt(OpenShiftClient.class);
  }

  @AfterAll
  static void close() {
    client.close();
  }

  private static List<HasMetadata> process(String file, Map<String, String> parameters) throws IOException {
    try (InputStream in = Files.newInputStream(DIR.resolve(file))) {
      KubernetesList list = client.templates().load(in).processLocally(parameters);
      return list.getItems();
    }
  }

  private static <T> List<T> ofKind(List<HasMetadata> items, Class<T> kind) {
    return items.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  @Test
  void deploymentsHaveProbesLimitsAndRunAsNonRoot() throws IOException {
    List<HasMetadata> items = process("deployments.yaml", Map.of("IMAGE_TAG", "1.2.3"));
    List<Deployment> deployments = ofKind(items, Deployment.class);
    assertThat(deployments).extracting(d -> d.getMetadata().getName()).containsExactlyInAnyOrder(
        "auth-service", "caimira-router", "calculator-app", "calculator-open-app", "api-app");
    for (Deployment d : deployments) {
      String name = d.getMetadata().getName();
      var pod = d.getSpec().getTemplate().getSpec();
      assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(name).isTrue();
      assertThat(d.getSpec().getSelector().getMatchLabels()).as(name)
          .isEqualTo(Map.of("app", name));
      for (Container c : pod.getContainers()) {
        assertThat(c.getReadinessProbe()).as(name + " readiness").isNotNull();
        assertThat(c.getLivenessProbe()).as(name + " liveness").isNotNull();
        if (!name.equals("caimira-router")) {
          assertProbe(name + " readiness", c, c.getReadinessProbe(), "/q/health/ready");
          assertProbe(name + " liveness", c, c.getLivenessProbe(), "/q/health/live");
        } else {
          assertThat(c.getReadinessProbe().getTcpSocket().getPort().getIntVal()).isEqualTo(containerPort(c));
          assertThat(c.getLivenessProbe().getTcpSocket().getPort().getIntVal()).isEqualTo(containerPort(c));
        }
        assertThat(c.getResources().getRequests()).as(name).containsKeys("cpu", "memory");
        assertThat(c.getResources().getLimits()).as(name).containsKeys("cpu", "memory");
        assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).as(name).isFalse();
        assertThat(c.getSecurityContext().getCapabilities().getDrop()).as(name).contains("ALL");
        if (!name.equals("caimira-router")) {
          assertThat(c.getImage()).as(name).endsWith(":1.2.3");
        }
        for (EnvVar e : c.getEnv() == null ? List.<EnvVar>of() : c.getEnv()) {
          // secrets by reference only: no literal secret values in the template
          if (e.getName().contains("SECRET")) {
            assertThat(e.getValue()).as(name + " " + e.getName()).isNull();
            assertThat(e.getValueFrom().getSecretKeyRef()).as(name + " " + e.getName()).isNotNull();
          }
        }
      }
    }
    Deployment cern = deployments.stream().filter(d -> d.getMetadata().getName().equals("calculator-app"))
        .findFirst().orElseThrow();
    Map<String, String> env = cern.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
        .filter(e -> e.getValue() != null).collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));
    assertThat(env).containsEntry("CAIMIRA_CALCULATOR_PREFIX", "/calculator-cern").containsEntry("CAIMIRA_THEME",
        "cern").containsEntry("CAIMIRA_PROFILER_ENABLED", "0");
    List<HorizontalPodAutoscaler> autoscalers = ofKind(items, HorizontalPodAutoscaler.class);
    assertThat(autoscalers).extracting(h -> h.getSpec().getScaleTargetRef().getName())
        .containsExactlyInAnyOrder("calculator-app", "calculator-open-app", "api-app");
    // the autoscaler owns the replicas of its target: the template leaves them out, so that oc apply keeps them
    for (HorizontalPodAutoscaler hpa : autoscalers) {
      Deployment target = deployments.stream()
          .filter(d -> d.getMetadata().getName().equals(hpa.getSpec().getScaleTargetRef().getName())).findFirst()
          .orElseThrow();
      assertThat(target.getSpec().getReplicas()).as(target.getMetadata().getName()).isNull();
    }
  }

  /** The only port the container listens on. */
  private static int containerPort(Container c) {
    assertThat(c.getPorts()).as(c.getName()).hasSize(1);
    return c.getPorts().get(0).getContainerPort();
  }

  /** An HTTP GET of the health endpoint {@code path} on the port the container listens on. */
  private static void assertProbe(String what, Container c, io.fabric8.kubernetes.api.model.Probe probe, String path) {
    assertThat(probe.getHttpGet()).as(what).isNotNull();
    assertThat(probe.getHttpGet().getPath()).as(what).isEqualTo(path);
    assertThat(probe.getHttpGet().getPort().getIntVal()).as(what).isEqualTo(containerPort(c));
    assertThat(probe.getHttpGet().getScheme()).as(what).isIn(null, "HTTP");
  }

  /**
   * The CERN calculator verifies (and renews) the session with the auth-service's settings and secrets; the open one
   * has no secret.
   */
  @Test
  void onlyTheCernCalculatorVerifiesSessions() throws IOException {
    List<Deployment> deployments = ofKind(process("deployments.yaml", Map.of()), Deployment.class);
    Map<String, EnvVar> cern = env(deployments, "calculator-app");
    assertThat(cern.get("CAIMIRA_SESSION_VERIFY").getValue()).isEqualTo("true");
    for (String key : new String[] {"COOKIE_SECRET", "CLIENT_ID", "CLIENT_SECRET"}) {
      assertThat(cern.get(key).getValueFrom().getSecretKeyRef().getName()).as(key).isEqualTo("auth-service-secrets");
      assertThat(cern.get(key).getValueFrom().getSecretKeyRef().getKey()).as(key).isEqualTo(key);
    }
    for (String key : new String[] {"OIDC_SERVER", "OIDC_REALM", "CAIMIRA_ROLE_CLAIM_PATH"}) {
      assertThat(cern.get(key).getValueFrom().getConfigMapKeyRef().getName()).as(key).isEqualTo("auth-service");
      assertThat(cern.get(key).getValueFrom().getConfigMapKeyRef().getKey()).as(key).isEqualTo(key);
    }
    Map<String, EnvVar> open = env(deployments, "calculator-open-app");
    assertThat(open).doesNotContainKeys("CAIMIRA_SESSION_VERIFY", "COOKIE_SECRET", "CLIENT_ID", "CLIENT_SECRET");
  }

  /** Both calculators (and the auth-service, through envFrom) believe forwarded headers from the router only. */
  @Test
  void theCalculatorsTrustTheRouterFromTheConfigMap() throws IOException {
    List<Deployment> deployments = ofKind(process("deployments.yaml", Map.of()), Deployment.class);
    for (String app : new String[] {"calculator-app", "calculator-open-app"}) {
      var ref = env(deployments, app).get("CAIMIRA_TRUSTED_PROXIES").getValueFrom().getConfigMapKeyRef();
      assertThat(ref.getName()).as(app).isEqualTo("auth-service");
      assertThat(ref.getKey()).as(app).isEqualTo("CAIMIRA_TRUSTED_PROXIES");
    }
  }

  /**
   * The router's configuration (a ConfigMap made from nginx.conf, not templated) decides the calculators' paths: each
   * calculator's prefix is a location of nginx.conf that proxies to that calculator's service, and the template has
   * no parameter that could move one without the other.
   */
  @Test
  void eachCalculatorsPrefixIsTheRoutersLocationForIt() throws IOException {
    String nginx = Files.readString(RouterConfig.CONFIG);
    try (InputStream in = Files.newInputStream(DIR.resolve("deployments.yaml"))) {
      var parameters = client.templates().load(in).item().getParameters().stream().map(p -> p.getName()).toList();
      assertThat(parameters).noneMatch(p -> p.contains("PREFIX"));
    }
    List<Deployment> deployments = ofKind(process("deployments.yaml", Map.of()), Deployment.class);
    Map<String, String> expected = Map.of("calculator-app", "/calculator-cern", "calculator-open-app",
        "/calculator-open");
    for (var e : expected.entrySet()) {
      String prefix = env(deployments, e.getKey()).get("CAIMIRA_CALCULATOR_PREFIX").getValue();
      assertThat(prefix).isEqualTo(e.getValue());
      var location = java.util.regex.Pattern.compile("location " + prefix + " \\{([^}]*)\\}").matcher(nginx);
      assertThat(location.find()).as("location " + prefix).isTrue();
      var pass = java.util.regex.Pattern.compile("proxy_pass http://(\\w+);").matcher(location.group(1));
      assertThat(pass.find()).as(prefix).isTrue();
      assertThat(nginx).as(prefix).contains("upstream " + pass.group(1) + " { server " + e.getKey() + ":8080; }");
    }
  }

  private static Map<String, EnvVar> env(List<Deployment> deployments, String name) {
    return deployments.stream().filter(d -> d.getMetadata().getName().equals(name)).findFirst().orElseThrow()
        .getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
        .collect(Collectors.toMap(EnvVar::getName, e -> e));
  }

  @Test
  void servicesSelectThePodsOfADeploymentOnTheirPorts() throws IOException {
    List<Deployment> deployments = ofKind(process("deployments.yaml", Map.of()), Deployment.class);
    List<Service> services = ofKind(process("services.yaml", Map.of()), Service.class);
    assertThat(services).extracting(s -> s.getMetadata().getName()).containsExactlyInAnyOrder(
        "auth-service", "caimira-router", "calculator-app", "calculator-open-app", "api-app");
    for (Service s : services) {
      Deployment target = deployments.stream()
          .filter(d -> d.getSpec().getTemplate().getMetadata().getLabels().entrySet()
              .containsAll(s.getSpec().getSelector().entrySet()))
          .findFirst().orElse(null);
      assertThat(target).as("pods selected by service " + s.getMetadata().getName()).isNotNull();
      Set<Integer> containerPorts = target.getSpec().getTemplate().getSpec().getContainers().stream()
          .flatMap(c -> c.getPorts().stream()).map(p -> p.getContainerPort()).collect(Collectors.toSet());
      assertThat(containerPorts).as(s.getMetadata().getName())
          .contains(s.getSpec().getPorts().get(0).getTargetPort().getIntVal());
    }
  }

  @Test
  void routeTimesOutAfterSixtySecondsWithEdgeTls() throws IOException {
    List<Route> routes = ofKind(process("routes.example.yaml", Map.of("HOST", "caimira-test.example.org")),
        Route.class);
    assertThat(routes).hasSize(1);
    Route route = routes.get(0);
    assertThat(route.getMetadata().getAnnotations()).containsEntry("haproxy.router.openshift.io/timeout", "60s");
    assertThat(route.getSpec().getHost()).isEqualTo("caimira-test.example.org");
    assertThat(route.getSpec().getTls().getTermination()).isEqualTo("edge");
    assertThat(route.getSpec().getTls().getInsecureEdgeTerminationPolicy()).isEqualTo("Redirect");
    assertThat(route.getSpec().getTo().getName()).isEqualTo("caimira-router");
    // reachable from outside CERN unless asked otherwise
    assertThat(route.getMetadata().getAnnotations()).containsEntry("router.cern.ch/network-visibility", "Internet");
    Route internal = ofKind(process("routes.example.yaml", Map.of("HOST", "caimira-test.example.org",
        "NETWORK_VISIBILITY", "Intranet")), Route.class).get(0);
    assertThat(internal.getMetadata().getAnnotations()).containsEntry("router.cern.ch/network-visibility", "Intranet");
  }

  @Test
  void configMapCarriesTheProviderSettings() throws IOException {
    List<HasMetadata> items = process("configmap.yaml", Map.of());
    assertThat(items).hasSize(1);
    var map = (io.fabric8.kubernetes.api.model.ConfigMap) items.get(0);
    assertThat(map.getData()).containsEntry("OIDC_SERVER", "https://auth.cern.ch/auth")
        .containsEntry("OIDC_REALM", "CERN")
        // empty: both services fall back to Keycloak's client roles of CLIENT_ID
        .containsEntry("CAIMIRA_ROLE_CLAIM_PATH", "");
    var custom = (io.fabric8.kubernetes.api.model.ConfigMap) process("configmap.yaml",
        Map.of("CAIMIRA_ROLE_CLAIM_PATH", "cern_roles")).get(0);
    assertThat(custom.getData()).containsEntry("CAIMIRA_ROLE_CLAIM_PATH", "cern_roles");
    // the router's pods: OKD's default pod network unless told
    assertThat(map.getData()).containsEntry("CAIMIRA_TRUSTED_PROXIES", "10.128.0.0/14");
    var proxies = (io.fabric8.kubernetes.api.model.ConfigMap) process("configmap.yaml",
        Map.of("CAIMIRA_TRUSTED_PROXIES", "10.0.0.0/16")).get(0);
    assertThat(proxies.getData()).containsEntry("CAIMIRA_TRUSTED_PROXIES", "10.0.0.0/16");
  }
}
