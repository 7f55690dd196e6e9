package io.caimira.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline of .gitlab-ci.yml as the deployment guide describes it: tests on every branch but the test
 * branch and tags (on Debian), images on the test branch and on version tags for every image we ship ({@code latest}
 * for releases only), the test deployment by
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
  }

  @Test
  void theJavaLibraryIsPublishedOnVersionTagsOnly() throws Exception {
    JsonNode p = pipeline();
    assertThat(rules(p, "publish-library")).contains("CI_COMMIT_TAG").doesNotContain("live/caimira-test");
    String script = p.get("publish-library").get("script").toString();
    assertThat(script).contains(".ci/publish-library", "CI_COMMIT_TAG#v", "/packages/maven",
        ".ci/gitlab-maven-settings.xml");
    String settings = Files.readString(Path.of("..", ".ci", "gitlab-maven-settings.xml"));
    assertThat(settings).contains("<id>caimira-library</id>", "Job-Token", "${env.CI_JOB_TOKEN}");
    assertThat(Files.readString(Path.of("..", ".ci", "publish-library"))).contains("caimira-library::");
  }

  /** The first value of {@code key} along the job's {@code extends} chain. */
  private static JsonNode inherited(JsonNode pipeline, String job, String key) {
    for (JsonNode node = pipeline.get(job); node != null;
        node = node.has("extends") ? pipeline.get(node.get("extends").asText()) : null) {
      if (node.has(key)) {
        return node.get(key);
      }
    }
    return null;
  }

  /** The job's variables, those of the job itself winning over those it extends (as GitLab merges them). */
  private static Map<String, String> variables(JsonNode pipeline, String job) {
    List<JsonNode> chain = new ArrayList<>();
    for (JsonNode node = pipeline.get(job); node != null;
        node = node.has("extends") ? pipeline.get(node.get("extends").asText()) : null) {
      chain.add(0, node);
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (JsonNode node : chain) {
      if (node.has("variables")) {
        node.get("variables").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
      }
    }
    return out;
  }

  /**
   * Runs an image job's before_script and script with sh, kaniko replaced by a stub that prints its arguments, in
   * a pipeline of the given event; answers the image destinations kaniko was given.
   */
  private static List<String> destinations(JsonNode p, String job, Map<String, String> event, Path dir)
      throws Exception {
    Path executor = dir.resolve("executor");
    Files.writeString(executor, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
    executor.toFile().setExecutable(true);
    StringBuilder script = new StringBuilder("set -e\n");
    for (String key : new String[] {"before_script", "script"}) {
      JsonNode lines = inherited(p, job, key);
      if (lines != null) {
        lines.forEach(l -> script.append(l.asText()).append('\n'));
      }
    }
    String text = script.toString().replace("/kaniko/executor", executor.toString()).replace("/kaniko", dir.toString());
    ProcessBuilder sh = new ProcessBuilder("sh", "-c", text).redirectErrorStream(true);
    sh.environment().putAll(variables(p, job));
    sh.environment().putAll(Map.of("CI_REGISTRY", "registry.example", "CI_REGISTRY_USER", "u",
        "CI_REGISTRY_PASSWORD", "p", "CI_REGISTRY_IMAGE", "registry.example/caimira", "CI_PROJECT_DIR", "/src"));
    sh.environment().remove("CI_COMMIT_TAG");
    sh.environment().remove("CI_COMMIT_BRANCH");
    sh.environment().putAll(event);
    Process process = sh.start();
    List<String> args = List.of(new String(process.getInputStream().readAllBytes()).split("\n"));
    assertThat(process.waitFor()).as(String.join("\n", args)).isZero();
    List<String> out = new ArrayList<>();
    for (int i = 0; i + 1 < args.size(); i++) {
      if (args.get(i).equals("--destination")) {
        out.add(args.get(i + 1));
      }
    }
    return out;
  }

  /** Production must never end up on a test image: only a release moves {@code latest}. */
  @Test
  void latestIsPushedForReleaseTagsOnlyAndTheTestTagForTheTestBranchOnly(@TempDir Path dir) throws Exception {
    JsonNode p = pipeline();
    for (String image : IMAGES) {
      assertThat(destinations(p, "docker-build-" + image + "-release", Map.of("CI_COMMIT_TAG", "v1.2.3"), dir))
          .containsExactlyInAnyOrder("registry.example/caimira/" + image + ":1.2.3",
              "registry.example/caimira/" + image + ":latest");
      assertThat(destinations(p, "docker-build-" + image + "-test", Map.of("CI_COMMIT_BRANCH", "live/caimira-test"),
          dir)).containsExactly("registry.example/caimira/" + image + ":caimira-test-latest");
      assertThat(rules(p, "docker-build-" + image + "-test")).doesNotContain("CI_COMMIT_TAG");
    }
    // the release jobs' rule accepts vX.Y.Z only (GitLab's /…/ regex, \d as in Java)
    String rule = inherited(p, "docker-build-api-app-release", "rules").get(0).get("if").asText();
    Pattern release = Pattern.compile(rule.replaceAll(".*=~\\s*/(.*)/\\s*$", "$1"));
    assertThat(release.matcher("v1.2.3").matches()).isTrue();
    for (String other : new String[] {"1.2.3", "v1.2", "v1.2.3-rc1", "caimira-test"}) {
      assertThat(release.matcher(other).matches()).as(other).isFalse();
    }
  }

  /**
   * The test job runs on Debian, where Chromium, its driver, nginx and a JDK 21 or newer (for Keycloak) are debs;
   * nothing comes from snap (Ubuntu's chromium deb only installs the snap, which does not run in a container).
   */
  @Test
  void theTestJobRunsOnDebianWithItsPackages() throws Exception {
    JsonNode test = pipeline().get("test");
    assertThat(test.get("image").asText()).matches("(docker\\.io/(library/)?)?debian:[a-z0-9.-]+");
    String script = test.get("script").toString();
    assertThat(script).contains("chromium-driver").contains("nginx").containsPattern("openjdk-(2[1-9]|[3-9]\\d)-jdk")
        .doesNotContain("snap");
    assertThat(Files.readString(Path.of("..", ".ci", "run"))).doesNotContain("snap install");
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

  @Test
  void theDriftCheckOfTheTestProjectComparesItsImageTag() throws Exception {
    JsonNode p = pipeline();
    assertThat(inherited(p, "check_openshift_config_test", "script").toString()).contains("$TEMPLATE_PARAMETERS");
    assertThat(variables(p, "check_openshift_config_test")).containsEntry("CAIMIRA_INSTANCE", "caimira-test")
        .containsEntry("TEMPLATE_PARAMETERS", "-p IMAGE_TAG=caimira-test-latest");
  }
}
