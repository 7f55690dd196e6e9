package io.caimira.deploy.drift;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.openshift.client.OpenShiftClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configuration drift check: fetches the live ConfigMap {@code auth-service}, the Services, Deployments and
 * HorizontalPodAutoscalers of a project, generates the expected ones from the templates in {@code deploy/openshift}
 * (processed locally with their default parameters), normalises both ({@link Normaliser}) and prints a unified diff
 * per kind. Exit code 0 when they agree, 1 on drift, 2 on a usage or connection error. The cluster and the
 * credentials come from the usual kubeconfig ({@code oc login --token=…} writes it).
 *
 * <pre>java -cp deploy/target/caimira-deploy.jar:… io.caimira.deploy.drift.DriftCheck caimira-test [templates-dir]</pre>
 */
public final class DriftCheck {
  private DriftCheck() {}

  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("Usage: DriftCheck <project> [templates-dir (default deploy/openshift)]");
      System.exit(2);
    }
    String project = args[0];
    Path templates = Path.of(args.length > 1 ? args[1] : "deploy/openshift");
    try (OpenShiftClient client = new KubernetesClientBuilder().build().adapt(OpenShiftClient.class)) {
      Map<String, List<Map<String, Object>>> expected = expected(client, templates);
      Map<String, List<Map<String, Object>>> actual = new LinkedHashMap<>();
      actual.put("configmap", maps(List.of(client.configMaps().inNamespace(project).withName("auth-service").get())));
      actual.put("services", maps(client.services().inNamespace(project).list().getItems()));
      actual.put("deployments", maps(client.apps().deployments().inNamespace(project).list().getItems()));
      actual.put("autoscalers",
          maps(client.autoscaling().v2().horizontalPodAutoscalers().inNamespace(project).list().getItems()));
      int drifted = 0;
      for (String kind : actual.keySet()) {
        List<String> diff = DriftReport.diff(kind, actual.get(kind), expected.getOrDefault(kind, List.of()));
        if (!diff.isEmpty()) {
          drifted++;
          diff.forEach(System.out::println);
        }
      }
      System.out.println(drifted == 0 ? "No drift: the project matches the templates."
          : "Drift in " + drifted + " kind(s) of objects.");
      System.exit(drifted == 0 ? 0 : 1);
    } catch (IOException | RuntimeException e) {
      System.err.println("Drift check failed: " + e.getMessage());
      System.exit(2);
    }
  }

  /** The objects the templates define, by kind, as the cluster would hold them. */
  static Map<String, List<Map<String, Object>>> expected(OpenShiftClient client, Path dir) throws IOException {
    Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
    out.put("configmap", new ArrayList<>());
    out.put("services", new ArrayList<>());
    out.put("deployments", new ArrayList<>());
    out.put("autoscalers", new ArrayList<>());
    for (String file : List.of("configmap.yaml", "services.yaml", "deployments.yaml")) {
      try (InputStream in = Files.newInputStream(dir.resolve(file))) {
        for (HasMetadata item : client.templates().load(in).processLocally(Map.of()).getItems()) {
          String kind = switch (item.getKind()) {
            case "ConfigMap" -> "configmap";
            case "Service" -> "services";
            case "Deployment" -> "deployments";
            case "HorizontalPodAutoscaler" -> "autoscalers";
            default -> null;
          };
          if (kind != null) {
            out.get(kind).add(map(item));
          }
        }
      }
    }
    return out;
  }

  static List<Map<String, Object>> maps(List<? extends HasMetadata> items) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (HasMetadata item : items) {
      if (item != null) {
        out.add(map(item));
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(HasMetadata item) {
    return Serialization.unmarshal(Serialization.asJson(item), Map.class);
  }
}
