package io.caimira.deploy.drift;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.openshift.api.model.Parameter;
import io.fabric8.openshift.client.OpenShiftClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The configuration drift check: fetches the live ConfigMap {@code auth-service}, the Services, Deployments and
 * HorizontalPodAutoscalers of a project, generates the expected ones from the templates in {@code deploy/openshift}
 * (processed locally with their defaults, or with the parameters given as {@code -p NAME=VALUE}, as the project was
 * created), normalises both ({@link Normaliser}) and prints a unified diff per kind. Image tags are compared only
 * when {@code IMAGE_TAG} is given; the replicas of autoscaled Deployments never. Exit code 0 when they agree, 1 on
 * drift, 2 on a usage or connection error. The cluster and the credentials come from the usual kubeconfig
 * ({@code oc login --token=…} writes it).
 *
 * <pre>DriftCheck caimira-prod deploy/openshift -p IMAGE_TAG=1.4.0 -p PROFILER_ENABLED=1</pre>
 */
public final class DriftCheck {
  private static final String USAGE =
      "Usage: DriftCheck <project> [templates-dir (default deploy/openshift)] [-p NAME=VALUE]...";

  private DriftCheck() {}

  /** The command line: the project, the templates' folder, the template parameters. */
  record Arguments(String project, Path templates, Map<String, String> parameters) {
    static Arguments parse(String... args) {
      List<String> positional = new ArrayList<>();
      Map<String, String> parameters = new LinkedHashMap<>();
      for (int i = 0; i < args.length; i++) {
        String parameter = args[i].equals("-p") && i + 1 < args.length ? args[++i]
            : args[i].startsWith("-p") && args[i].length() > 2 ? args[i].substring(2) : null;
        if (parameter != null) {
          int eq = parameter.indexOf('=');
          if (eq <= 0) {
            throw new IllegalArgumentException("not NAME=VALUE: " + parameter);
          }
          parameters.put(parameter.substring(0, eq), parameter.substring(eq + 1));
        } else if (args[i].startsWith("-")) {
          throw new IllegalArgumentException("unknown option " + args[i]);
        } else {
          positional.add(args[i]);
        }
      }
      if (positional.isEmpty() || positional.size() > 2) {
        throw new IllegalArgumentException("a project and at most a templates folder");
      }
      return new Arguments(positional.get(0), Path.of(positional.size() > 1 ? positional.get(1) : "deploy/openshift"),
          parameters);
    }
  }

  public static void main(String[] args) {
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage() + "\n" + USAGE);
      System.exit(2);
      return;
    }
    String project = arguments.project();
    try (OpenShiftClient client = new KubernetesClientBuilder().build().adapt(OpenShiftClient.class)) {
      Map<String, List<Map<String, Object>>> expected = expected(client, arguments.templates(),
          arguments.parameters());
      Map<String, List<Map<String, Object>>> actual = new LinkedHashMap<>();
      actual.put("configmap", maps(java.util.Collections.singletonList(
          client.configMaps().inNamespace(project).withName("auth-service").get())));
      actual.put("services", maps(client.services().inNamespace(project).list().getItems()));
      actual.put("deployments", maps(client.apps().deployments().inNamespace(project).list().getItems()));
      actual.put("autoscalers",
          maps(client.autoscaling().v2().horizontalPodAutoscalers().inNamespace(project).list().getItems()));
      Normaliser normaliser = normaliser(actual, expected, arguments.parameters());
      int drifted = 0;
      for (String kind : actual.keySet()) {
        List<String> diff = DriftReport.diff(kind, actual.get(kind), expected.getOrDefault(kind, List.of()),
            normaliser);
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

  /**
   * The normaliser for this comparison: the replicas of the Deployments an autoscaler (live or expected) drives are
   * ignored; image tags are compared when the operator named them.
   */
  static Normaliser normaliser(Map<String, List<Map<String, Object>>> actual,
      Map<String, List<Map<String, Object>>> expected, Map<String, String> parameters) {
    Set<String> autoscaled = new LinkedHashSet<>();
    autoscaled.addAll(Normaliser.autoscaledDeployments(actual.getOrDefault("autoscalers", List.of())));
    autoscaled.addAll(Normaliser.autoscaledDeployments(expected.getOrDefault("autoscalers", List.of())));
    return new Normaliser(autoscaled, parameters.containsKey("IMAGE_TAG"));
  }

  /** The objects the templates define with their defaults, by kind, as the cluster would hold them. */
  static Map<String, List<Map<String, Object>>> expected(OpenShiftClient client, Path dir) throws IOException {
    return expected(client, dir, Map.of());
  }

  /**
   * The objects the templates define, by kind: each template takes the parameters it declares; a parameter that no
   * template declares is refused (a typo would otherwise go unnoticed).
   */
  static Map<String, List<Map<String, Object>>> expected(OpenShiftClient client, Path dir,
      Map<String, String> parameters) throws IOException {
    Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
    out.put("configmap", new ArrayList<>());
    out.put("services", new ArrayList<>());
    out.put("deployments", new ArrayList<>());
    out.put("autoscalers", new ArrayList<>());
    Set<String> unused = new LinkedHashSet<>(parameters.keySet());
    for (String file : List.of("configmap.yaml", "services.yaml", "deployments.yaml")) {
      try (InputStream in = Files.newInputStream(dir.resolve(file))) {
        var template = client.templates().load(in);
        Map<String, String> own = new LinkedHashMap<>();
        for (var declared : template.item().getParameters() == null ? List.<Parameter>of()
            : template.item().getParameters()) {
          if (parameters.containsKey(declared.getName())) {
            own.put(declared.getName(), parameters.get(declared.getName()));
            unused.remove(declared.getName());
          }
        }
        for (HasMetadata item : template.processLocally(own).getItems()) {
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
    if (!unused.isEmpty()) {
      throw new IllegalArgumentException("no template has the parameter(s) " + unused);
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
