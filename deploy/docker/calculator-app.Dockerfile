# CAiMIRA-J image: the web calculator (with the REST API under /api).
# Build from the repository root: docker build -f deploy/docker/calculator-app.Dockerfile -t calculator-app .
# Stage 1 builds with the Maven Wrapper on a JDK; stage 2 runs the Quarkus application on a JRE as a non-root user.
FROM docker.io/library/eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY model model
COPY calculator calculator
COPY adapter-support adapter-support
COPY session-support session-support
COPY api api
COPY cli cli
COPY bench bench
COPY webapp webapp
COPY auth auth
COPY hostile hostile
# every module of the root pom's <modules> must be here, or Maven stops ("Child module … does not exist")
# even for -pl; DockerfileModulesTest checks it. The e2e module is only in the e2e profile, not used here.
COPY deploy deploy
RUN ./mvnw -B -ntp -q -DskipTests -pl webapp -am package

FROM docker.io/library/eclipse-temurin:17-jre
# An explicit heap (JAVA_OPTS_APPEND may set another -Xmx: the last one wins). No ExitOnOutOfMemoryError: an
# OutOfMemoryError inside a report task is answered 503 and the service goes on (docs/deployment.md).
ENV LANG=C.UTF-8 \
    JAVA_OPTS="-Xms256m -Xmx1g -Djava.util.logging.manager=org.jboss.logmanager.LogManager" \
    JAVA_OPTS_APPEND=""
RUN useradd --uid 1001 --gid 0 --no-create-home --home-dir /app caimira
WORKDIR /app
COPY --from=build --chown=1001:0 /src/webapp/target/quarkus-app/ /app/
USER 1001
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /q/health/live HTTP/1.0\r\n\r\n" >&3 && head -1 <&3 | grep -q " 200 "'
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS $JAVA_OPTS_APPEND -jar /app/quarkus-run.jar"]
