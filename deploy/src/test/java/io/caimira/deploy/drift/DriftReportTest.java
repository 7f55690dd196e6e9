package io.caimira.deploy.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.openshift.client.OpenShiftClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The drift check's comparison. The objects generated from the templates, dressed up as the cluster returns them
 * (server metadata and annotations, defaults the API server fills in, what the security context constraint
 * injects, replicas the autoscaler changed, another image tag), show no drift; a changed setting, a field added
 * by hand, a changed image with the tag named, the replicas of a Deployment without autoscaler, do.
 */
class DriftReportTest {
  private static OpenShiftClient client;

  @BeforeAll
  static void client() {
    client = new KubernetesClientBuilder().build().adapt(OpenShiftClient.class);
  }

  @AfterAll
  static void close() {
    client.close();
  }

  private static Map<String, List<Map<String, Object>>> expected(Map<String, String> parameters) throws Exception {
    return DriftCheck.expected(client, Path.of("openshift"), parameters);
  }

  @SuppressWarnings("unchecked")
  private static <T> T copy(T value) {
    return (T) Serialization.unmarshal(Serialization.asJson(value), Object.class);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> at(Map<String, Object> o, String... path) {
    Map<String, Object> m = o;
    for (String key : path) {
      m = (Map<String, Object>) m.computeIfAbsent(key, k -> new LinkedHashMap<>());
    }
    return m;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> containers(Map<String, Object> deployment) {
    return (List<Map<String, Object>>) at(deployment, "spec", "template", "spec").get("containers");
  }

  /** The object as `oc get -o yaml` shows it in a project made from the templates and running for a while. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> asLive(Map<String, Object> expected) {
    Map<String, Object> o = copy(expected);
    Map<String, Object> metadata = at(o, "metadata");
    metadata.putAll(Map.of("uid", "3f1c0d4e-1111-2222-3333-444455556666", "resourceVersion", "987654",
        "generation", 7, "creationTimestamp", "2026-11-25T08:00:00Z", "namespace", "caimira-test",
        "managedFields", List.of(Map.of("manager", "oc", "operation", "Update"))));
    at(o, "metadata", "labels").put("velero.io/backup-name", "nightly");
    at(o, "metadata", "annotations").put("kubectl.kubernetes.io/last-applied-configuration", "{\"kind\":\"x\"}");
    o.put("status", Map.of("observedGeneration", 7));
    switch ((String) o.get("kind")) {
      case "Deployment" -> {
        at(o, "metadata", "annotations").put("deployment.kubernetes.io/revision", "12");
        Map<String, Object> spec = at(o, "spec");
        spec.put("revisionHistoryLimit", 10);
        spec.put("progressDeadlineSeconds", 600);
        at(o, "spec", "template", "metadata", "annotations").put("kubectl.kubernetes.io/restartedAt",
            "2026-11-30T10:00:00Z");
        Map<String, Object> pod = at(o, "spec", "template", "spec");
        pod.putAll(Map.of("dnsPolicy", "ClusterFirst", "restartPolicy", "Always", "schedulerName",
            "default-scheduler"));
        // the security context constraint's additions
        at(pod, "securityContext").putAll(Map.of("fsGroup", 1000680000, "seLinuxOptions",
            Map.of("level", "s0:c26,c15")));
        for (Map<String, Object> c : containers(o)) {
          // our images as the test pipeline's oc set image left them (the router's image is not ours)
          if (((String) c.get("image")).startsWith("gitlab-registry.cern.ch/caimira/")) {
            c.put("image", ((String) c.get("image")).replaceAll(":[^:/]+$", ":caimira-test-latest"));
          }
          c.put("terminationMessagePath", "/dev/termination-log");
          c.put("terminationMessagePolicy", "File");
          at(c, "securityContext").putAll(Map.of("runAsUser", 1000680000));
          for (String probe : new String[] {"readinessProbe", "livenessProbe"}) {
            Map<String, Object> p = at(c, probe);
            p.putIfAbsent("successThreshold", 1);
            p.putIfAbsent("timeoutSeconds", 1);
            p.putIfAbsent("failureThreshold", 3);
            p.putIfAbsent("periodSeconds", 10);
          }
        }
        if (!spec.containsKey("replicas")) {
          spec.put("replicas", 3); // the autoscaler's choice
        }
      }
      case "Service" -> at(o, "spec").putAll(Map.of("clusterIP", "172.30.12.34", "clusterIPs",
          List.of("172.30.12.34"), "ipFamilies", List.of("IPv4"), "ipFamilyPolicy", "SingleStack",
          "internalTrafficPolicy", "Cluster"));
      case "HorizontalPodAutoscaler" -> at(o, "spec").put("behavior", Map.of("scaleDown",
          Map.of("stabilizationWindowSeconds", 300, "selectPolicy", "Max")));
      default -> { }
    }
    return o;
  }

  private static List<Map<String, Object>> live(List<Map<String, Object>> expected) {
    List<Map<String, Object>> out = new ArrayList<>();
    expected.forEach(e -> out.add(asLive(e)));
    Collections.reverse(out);
    return out;
  }

  /** The diff of one kind, the live objects as {@link #asLive} makes them, then {@code change}d. */
  private static List<String> diff(String kind, Map<String, String> parameters,
      Consumer<List<Map<String, Object>>> change) throws Exception {
    var expected = expected(parameters);
    Map<String, List<Map<String, Object>>> actual = new LinkedHashMap<>();
    expected.forEach((k, items) -> actual.put(k, live(items)));
    change.accept(actual.get(kind));
    Normaliser normaliser = DriftCheck.normaliser(actual, expected, parameters);
    return DriftReport.diff(kind, actual.get(kind), expected.get(kind), normaliser);
  }

  private static Map<String, Object> named(List<Map<String, Object>> items, String name) {
    return items.stream().filter(i -> name.equals(at(i, "metadata").get("name"))).findFirst().orElseThrow();
  }

  @Test
  void aProjectMadeFromTheTemplatesHasNoDrift() throws Exception {
    for (String kind : List.of("configmap", "services", "deployments", "autoscalers")) {
      assertThat(diff(kind, Map.of(), items -> { })).as(kind).isEmpty();
      assertThat(diff(kind, Map.of("IMAGE_TAG", "caimira-test-latest"), items -> { })).as(kind).isEmpty();
    }
  }

  @Test
  void aChangedMemoryLimitIsReported() throws Exception {
    List<String> diff = diff("deployments", Map.of(), items -> at(containers(named(items, "calculator-app")).get(0),
        "resources", "limits").put("memory", "3Gi"));
    assertThat(diff).anyMatch(l -> l.startsWith("-") && l.contains("memory: \"3Gi\""))
        .anyMatch(l -> l.startsWith("+") && l.contains("memory: \"2Gi\""));
  }

  @Test
  void anotherImageTagIsReportedWhenTheTagIsNamed() throws Exception {
    Consumer<List<Map<String, Object>>> older = items -> containers(named(items, "api-app")).get(0).put("image",
        "gitlab-registry.cern.ch/caimira/caimira/api-app:1.3.9");
    assertThat(diff("deployments", Map.of("IMAGE_TAG", "1.4.0"), older))
        .anyMatch(l -> l.startsWith("-") && l.contains("api-app:1.3.9"))
        .anyMatch(l -> l.startsWith("+") && l.contains("api-app:1.4.0"));
    // without the tag, only the image's repository counts
    assertThat(diff("deployments", Map.of(), older)).isEmpty();
    assertThat(diff("deployments", Map.of(), items -> containers(named(items, "api-app")).get(0).put("image",
        "docker.io/someone/api-app:1.4.0"))).anyMatch(l -> l.startsWith("-") && l.contains("docker.io/someone"));
  }

  @Test
  void fieldsSetByHandOrChangedFromTheTemplateAreReported() throws Exception {
    // a field the template does not set and the server does not fill in
    assertThat(diff("deployments", Map.of(), items -> at(named(items, "auth-service"), "spec", "template", "spec")
        .put("hostNetwork", true))).anyMatch(l -> l.startsWith("-") && l.contains("hostNetwork"));
    // a default that the template does set, changed
    assertThat(diff("deployments", Map.of(), items -> at(containers(named(items, "api-app")).get(0),
        "livenessProbe").put("periodSeconds", 60))).anyMatch(l -> l.startsWith("-") && l.contains("60"));
    // a Deployment without autoscaler scaled by hand
    assertThat(diff("deployments", Map.of(), items -> at(named(items, "auth-service"), "spec").put("replicas", 2)))
        .anyMatch(l -> l.startsWith("-") && l.contains("replicas: 2"));
    // an HPA's bounds changed
    assertThat(diff("autoscalers", Map.of(), items -> at(named(items, "api-app"), "spec").put("maxReplicas", 9)))
        .anyMatch(l -> l.startsWith("-") && l.contains("maxReplicas: 9"));
    // a ConfigMap value
    assertThat(diff("configmap", Map.of(), items -> at(items.get(0), "data").put("OIDC_REALM", "OTHER")))
        .anyMatch(l -> l.startsWith("-") && l.contains("OTHER")).anyMatch(l -> l.startsWith("+") && l.contains("CERN"));
  }

  @Test
  void theTemplatesTakeTheOperatorsParameters() throws Exception {
    var expected = expected(Map.of("IMAGE_TAG", "1.2.3", "PROFILER_ENABLED", "1", "OIDC_REALM", "TEST"));
    Map<String, Object> calculator = named(expected.get("deployments"), "calculator-app");
    assertThat(containers(calculator).get(0).get("image")).asString().endsWith("/calculator-app:1.2.3");
    assertThat(containers(calculator).get(0).get("env").toString()).contains("CAIMIRA_PROFILER_ENABLED, value=1");
    assertThat(at(expected.get("configmap").get(0), "data")).containsEntry("OIDC_REALM", "TEST");
    assertThatThrownBy(() -> expected(Map.of("IMAGE_TAGG", "1.2.3"))).hasMessageContaining("IMAGE_TAGG");

    var args = DriftCheck.Arguments.parse("caimira-prod", "-p", "IMAGE_TAG=1.2.3", "-pPROFILER_ENABLED=1");
    assertThat(args.project()).isEqualTo("caimira-prod");
    assertThat(args.templates()).isEqualTo(Path.of("deploy/openshift"));
    assertThat(args.parameters()).containsExactly(Map.entry("IMAGE_TAG", "1.2.3"), Map.entry("PROFILER_ENABLED", "1"));
    assertThatThrownBy(() -> DriftCheck.Arguments.parse("caimira-prod", "-p", "IMAGE_TAG"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aGeneratedRouteHostIsNoDrift() {
    Map<String, Object> expected = Map.of("kind", "Route", "metadata", Map.of("name", "caimira-route"),
        "spec", Map.of("to", Map.of("kind", "Service", "name", "caimira-router"), "tls",
            Map.of("termination", "edge")));
    Map<String, Object> live = copy(expected);
    at(live, "metadata", "annotations").put("openshift.io/host.generated", "true");
    at(live, "spec").put("host", "caimira-route-caimira-test.apps.example.org");
    at(live, "spec", "to").put("weight", 100);
    Normaliser normaliser = new Normaliser(java.util.Set.of(), false);
    assertThat(DriftReport.diff("routes", List.of(live), List.of(expected), normaliser)).isEmpty();
    at(live, "spec", "tls").put("termination", "passthrough");
    assertThat(DriftReport.diff("routes", List.of(live), List.of(expected), normaliser))
        .anyMatch(l -> l.startsWith("-") && l.contains("passthrough"));
  }
}
