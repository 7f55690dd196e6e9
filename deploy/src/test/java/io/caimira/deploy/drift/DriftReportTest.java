package io.caimira.deploy.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.openshift.client.OpenShiftClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The drift check's comparison: the objects generated from the templates, dressed up as a cluster returns them
 * (status, server metadata, cluster IPs, another image tag, migration labels), show no drift; a changed setting
 * does.
 */
class DriftReportTest {

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> asLive(List<Map<String, Object>> expected) {
    List<Map<String, Object>> live = new ArrayList<>();
    for (Map<String, Object> item : expected) {
      Map<String, Object> o = Normaliser.object(item); // a deep, sorted copy
      o = new java.util.LinkedHashMap<>(o);
      Map<String, Object> metadata = new java.util.LinkedHashMap<>((Map<String, Object>) o.get("metadata"));
      metadata.put("uid", "1234");
      metadata.put("resourceVersion", "99");
      metadata.put("creationTimestamp", "2026-11-25T00:00:00Z");
      Map<String, Object> labels = new java.util.LinkedHashMap<>(
          (Map<String, Object>) metadata.getOrDefault("labels", Map.of()));
      labels.put("velero.io/backup-name", "nightly");
      metadata.put("labels", labels);
      o.put("metadata", metadata);
      o.put("status", Map.of("observedGeneration", 3));
      if ("Service".equals(o.get("kind"))) {
        Map<String, Object> spec = new java.util.LinkedHashMap<>((Map<String, Object>) o.get("spec"));
        spec.put("clusterIP", "10.0.0.1");
        spec.put("ipFamilies", List.of("IPv4"));
        o.put("spec", spec);
      }
      live.add(o);
    }
    java.util.Collections.reverse(live);
    return live;
  }

  @Test
  void aProjectMadeFromTheTemplatesHasNoDrift() throws Exception {
    try (OpenShiftClient client = new KubernetesClientBuilder().build().adapt(OpenShiftClient.class)) {
      var expected = DriftCheck.expected(client, Path.of("openshift"));
      for (String kind : expected.keySet()) {
        assertThat(DriftReport.diff(kind, asLive(expected.get(kind)), expected.get(kind))).as(kind).isEmpty();
      }
    }
  }

  @SuppressWarnings("unchecked")
  @Test
  void aChangedSettingIsReported() throws Exception {
    try (OpenShiftClient client = new KubernetesClientBuilder().build().adapt(OpenShiftClient.class)) {
      var expected = DriftCheck.expected(client, Path.of("openshift"));
      List<Map<String, Object>> live = asLive(expected.get("configmap"));
      Map<String, Object> changed = new java.util.LinkedHashMap<>(live.get(0));
      changed.put("data", Map.of("OIDC_REALM", "OTHER", "OIDC_SERVER", "https://auth.cern.ch/auth"));
      List<String> diff = DriftReport.diff("configmap", List.of(changed), expected.get("configmap"));
      assertThat(diff).anyMatch(l -> l.startsWith("-") && l.contains("OTHER"))
          .anyMatch(l -> l.startsWith("+") && l.contains("CERN"));
    }
  }
}
