package io.caimira.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pipeline of .gitlab-ci.yml as the deployment guide describes it: tests on every branch but the test
 * branch and tags, images on the test branch and on version tags for every image we ship, the test deployment by
 * {@code oc set image} + {@code oc rollout status} for every deployment, production by hand.
 */
class GitLabPipelineTest {
  private static final List<String> IMAGES = List.of("auth-service", "calculator-app", "api-app");
  private static final List<String> DEPLOYMENTS = List.of("auth-service", "calculator-app", "calculator-open-app",
      "api-app");

  private static JsonNode pipeline() throws Exception {
    return new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", ".gitlab-ci.yml").toFile());
  }

  private static String rules(JsonNode pipeline, String job) {
    JsonNode node = pipeline.get(job);
    List<String> parts = new ArrayList<>();
    while (node != null) {
      if (node.has("rules")) {
        parts.add(node.get("rules").toString());
      }
      node = node.has("extends") ? pipeline.get(node.get("extends").asText()) : null;
    }
    return String.join(" ", parts);
  }

  @Test
  void testsRunOnBranchesButNotOnTheTestBranchOrTags() throws Exception {
    JsonNode p = pipeline();
    assertThat(p.get("test").get("script").toString()).contains(".ci/run");
    String rules = rules(p, "test");
    assertThat(rules).contains("live/caimira-test").contains("CI_COMMIT_TAG").contains("never");
  }

  @Test
  void everyImageIsBuiltForTheTestBranchAndForVersionTags() throws Exception {
    JsonNode p = pipeline();
    for (String image : IMAGES) {
      String test = "docker-build-" + image + "-test";
      String release = "docker-build-" + image + "-release";
      assertThat(p.has(test)).as(test).isTrue();
      assertThat(p.has(release)).as(release).isTrue();
      assertThat(p.get(test).get("variables").get("TAG").asText()).isEqualTo("caimira-test-latest");
      assertThat(rules(p, test)).contains("live/caimira-test");
      assertThat(rules(p, release)).contains("CI_COMMIT_TAG");
    }
    assertThat(p.get(".image-release").get("before_script").toString()).contains("CI_COMMIT_TAG#v");
    assertThat(p.get(".image").get("script").toString()).contains(":latest");
  }

  @Test
  void testDeploymentSetsTheImageAndWaitsForTheRollout() throws Exception {
    JsonNode p = pipeline();
    String script = p.get(".deploy-test").get("script").toString();
    assertThat(script).contains("oc set image").contains("oc rollout status").contains("caimira-test");
    for (String deployment : DEPLOYMENTS) {
      assertThat(p.has("deploy-" + deployment + "-test")).as(deployment).isTrue();
    }
    assertThat(p.get("deploy-prod").get("rules").toString()).contains("manual");
  }
}
