package io.caimira.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The image builds run Maven on a copy of the repository: Maven reads every module the root pom lists (also with
 * {@code -pl … -am}) and stops when one is missing, so each Dockerfile's build stage must copy all of them (or the
 * whole context). The build context leaves out build output and VCS data ({@code .dockerignore}).
 */
class DockerfileModulesTest {
  private static final Path ROOT = Path.of("..");

  /** The modules of the root pom's own {@code <modules>} (not those of profiles, which an image build does not use). */
  static List<String> rootModules(Path pom) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Element project = factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
    List<String> modules = new ArrayList<>();
    for (Node n = project.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getLocalName().equals("modules")) {
        for (Node m = e.getFirstChild(); m != null; m = m.getNextSibling()) {
          if (m instanceof Element module && module.getLocalName().equals("module")) {
            modules.add(module.getTextContent().trim());
          }
        }
      }
    }
    return modules;
  }

  /** The sources of the COPY instructions that copy from the build context (not {@code --from=} a stage). */
  static List<String> copiedFromContext(String dockerfile) {
    List<String> sources = new ArrayList<>();
    for (String line : dockerfile.replace("\\\n", " ").split("\n")) {
      String[] words = line.trim().split("\\s+");
      if (words.length < 3 || !words[0].equalsIgnoreCase("COPY")) {
        continue;
      }
      List<String> args = Stream.of(words).skip(1).toList();
      if (args.stream().anyMatch(a -> a.startsWith("--from="))) {
        continue;
      }
      List<String> paths = args.stream().filter(a -> !a.startsWith("--")).toList();
      paths.subList(0, paths.size() - 1).forEach(s -> sources.add(s.replaceAll("/+$", "")));
    }
    return sources;
  }

  static List<String> missingModules(List<String> modules, List<String> copied) {
    if (copied.contains(".")) {
      return List.of();
    }
    return modules.stream().filter(m -> !copied.contains(m)).toList();
  }

  @Test
  void everyDockerfileCopiesEveryModuleOfTheRootPom() throws Exception {
    List<String> modules = rootModules(ROOT.resolve("pom.xml"));
    assertThat(modules).contains("model", "webapp", "auth", "api", "deploy");
    List<Path> dockerfiles;
    try (Stream<Path> files = Files.list(Path.of("docker"))) {
      dockerfiles = files.filter(f -> f.toString().endsWith(".Dockerfile")).sorted().toList();
    }
    assertThat(dockerfiles).hasSize(3);
    for (Path dockerfile : dockerfiles) {
      String text = Files.readString(dockerfile);
      List<String> copied = copiedFromContext(text);
      assertThat(missingModules(modules, copied)).as(dockerfile + " copies " + copied).isEmpty();
      assertThat(copied).as(dockerfile.toString()).contains("pom.xml", "mvnw", ".mvn");
      // the module it builds is one of the root pom's
      String built = text.replaceAll("(?s).*-pl (\\S+).*", "$1");
      assertThat(modules).as(dockerfile.toString()).contains(built);
    }
  }

  @Test
  void theCheckNoticesAMissingModule() {
    String dockerfile = "FROM x AS build\nCOPY mvnw pom.xml ./\nCOPY model model\nCOPY --from=build /src/deploy /app\n"
        + "COPY --chown=1:0 api/ \\\n  api\n";
    assertThat(copiedFromContext(dockerfile)).containsExactly("mvnw", "pom.xml", "model", "api");
    assertThat(missingModules(List.of("model", "api", "deploy"), copiedFromContext(dockerfile)))
        .containsExactly("deploy");
    assertThat(missingModules(List.of("model", "deploy"), List.of("."))).isEmpty();
  }

  @Test
  void theBuildContextLeavesOutBuildOutputAndVcsData() throws Exception {
    Set<String> ignored = Set.copyOf(Files.readAllLines(ROOT.resolve(".dockerignore")).stream()
        .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
    assertThat(ignored).contains(".git", "**/target");
    // nothing the image builds need is left out
    for (String module : rootModules(ROOT.resolve("pom.xml"))) {
      assertThat(ignored).doesNotContain(module, module + "/");
    }
    assertThat(ignored).doesNotContain("pom.xml", "mvnw", ".mvn");
  }
}
