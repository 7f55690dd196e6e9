package io.caimira.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * caimira serve: runs the web calculator's Quarkus runner jar as a child process: the calculator pages and the
 * REST API under /api on one server, port 8080 of the loopback address by default (only this machine can reach
 * it; {@code --host 0.0.0.0} for every interface). The ./caimira launcher starts the same command line directly
 * (see {@link #command}), without this extra JVM.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the calculator and the REST API (under /api) on http://HOST:PORT.")
class ServeCommand implements Callable<Integer> {
  static final int DEFAULT_PORT = 8080;
  static final String DEFAULT_HOST = "127.0.0.1";
  static final String API_PREFIX = "/api";
  static final String RUNNER_JAR = "webapp/target/quarkus-app/quarkus-run.jar";

  @Spec
  CommandSpec spec;

  @Option(names = {"-p", "--port"}, paramLabel = "P", defaultValue = "" + DEFAULT_PORT,
      description = "port (default ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--host", paramLabel = "H", defaultValue = DEFAULT_HOST,
      description = "address to listen on (default ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface)")
  String host;

  @Option(names = "--server-jar", paramLabel = "JAR",
      description = "the server's runner jar (default: <caimira.home>/" + RUNNER_JAR + ")")
  Path serverJar;

  /** The server's heap, as the ./caimira launcher sets it (a few reports at once; see docs/api.md). */
  static final String HEAP = "-Xmx1g";

  /** The server's command line (the heap, the address, the port and the API prefix are given explicitly). */
  static List<String> command(String java, Path jar, String host, int port) {
    return List.of(java, HEAP, "-Dquarkus.http.host=" + host, "-Dquarkus.http.port=" + port,
        "-Dcaimira.api.path-prefix=" + API_PREFIX, "-jar", jar.toString());
  }

  @Override
  public Integer call() throws InterruptedException {
    if (port < 1 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be between 1 and 65535, got " + port);
    }
    if (host.isBlank() || host.chars().anyMatch(Character::isWhitespace)) {
      throw new ParameterException(spec.commandLine(), "--host must be an address or a host name, got '" + host
          + "'");
    }
    Path jar = serverJar != null ? serverJar : Path.of(System.getProperty("caimira.home", ".")).resolve(RUNNER_JAR);
    if (!Files.isRegularFile(jar)) {
      spec.commandLine().getErr().println("caimira serve: the server is not built (" + jar
          + " is missing); build it with ./mvnw -DskipTests package, or use ./caimira serve");
      return ExitCodes.FAILURE;
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process server;
    try {
      server = new ProcessBuilder(command(java, jar, host, port)).inheritIO().start();
    } catch (IOException e) {
      spec.commandLine().getErr().println("caimira serve: cannot start " + java + ": " + e.getMessage());
      return ExitCodes.FAILURE;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::destroy));
    return server.waitFor();
  }
}
