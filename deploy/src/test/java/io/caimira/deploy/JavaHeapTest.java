package io.caimira.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.openshift.client.OpenShiftClient;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Java service has an explicit heap, in its image and in its Deployment, and the Deployment's memory request
 * and limit leave room for what the JVM needs beside the heap: the pod is neither killed nor evicted by a heap that
 * is allowed to fill up.
 */
class JavaHeapTest {
  /** Metaspace, code cache, thread stacks, direct buffers: what a Quarkus JVM uses beside its heap. */
  private static final long NON_HEAP = 256L << 20;
  private static final Pattern XMX = Pattern.compile("(?:^|\\s)-Xmx(\\d+)([kKmMgG]?)(?:\\s|$)");

  /** The last -Xmx of the options, in bytes (the JVM takes the last one); -1 when there is none. */
  static long heap(String options) {
    Matcher m = XMX.matcher(options);
    long heap = -1;
    int from = 0;
    while (m.find(from)) {
      long n = Long.parseLong(m.group(1));
      heap = switch (m.group(2).toLowerCase()) {
        case "k" -> n << 10;
        case "m" -> n << 20;
        case "g" -> n << 30;
        default -> n;
      };
      from = m.end(1);
    }
    return heap;
  }

  @Test
  void theHeapOfTheOptionsIsTheLastXmx() {
    assertThat(heap("-Xms256m -Xmx1g -Dx=y")).isEqualTo(1L << 30);
    assertThat(heap("-Xmx1g -Xmx512m")).isEqualTo(512L << 20);
    assertThat(heap("-XX:MaxRAMPercentage=75")).isEqualTo(-1);
  }

  @Test
  void everyJavaImageSetsItsHeap() throws Exception {
    for (String image : List.of("api-app", "calculator-app", "auth-service")) {
      String dockerfile = Files.readString(Path.of("docker", image + ".Dockerfile"));
      Matcher opts = Pattern.compile("JAVA_OPTS=\"([^\"]*)\"").matcher(dockerfile);
      assertThat(opts.find()).as(image + " JAVA_OPTS").isTrue();
      assertThat(heap(opts.group(1))).as(image + " heap").isPositive();
    }
  }

  @Test
  void everyJavaDeploymentSetsItsHeapWithinItsMemory() throws Exception {
    List<Deployment> deployments;
    try (OpenShiftClient client = new KubernetesClientBuilder().build().adapt(OpenShiftClient.class);
        InputStream in = Files.newInputStream(Path.of("openshift", "deployments.yaml"))) {
      deployments = client.templates().load(in).processLocally(Map.of("IMAGE_TAG", "1.2.3")).getItems().stream()
          .filter(Deployment.class::isInstance).map(Deployment.class::cast).toList();
    }
    int java = 0;
    for (Deployment d : deployments) {
      String name = d.getMetadata().getName();
      if (name.equals("caimira-router")) {
        continue;
      }
      java++;
      Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
      String options = c.getEnv() == null ? "" : c.getEnv().stream()
          .filter(e -> e.getName().equals("JAVA_OPTS_APPEND")).map(EnvVar::getValue).findFirst().orElse("");
      long heap = heap(options);
      assertThat(heap).as(name + " -Xmx in JAVA_OPTS_APPEND").isPositive();
      long request = bytes(c.getResources().getRequests().get("memory"));
      long limit = bytes(c.getResources().getLimits().get("memory"));
      assertThat(request).as(name + " memory request ≥ heap + non-heap").isGreaterThanOrEqualTo(heap + NON_HEAP);
      assertThat(limit).as(name + " memory limit ≥ request").isGreaterThanOrEqualTo(request);
    }
    assertThat(java).isEqualTo(4);
  }

  private static long bytes(Quantity q) {
    return Quantity.getAmountInBytes(q).setScale(0, java.math.RoundingMode.UP).min(BigDecimal.valueOf(Long.MAX_VALUE))
        .longValueExact();
  }
}
