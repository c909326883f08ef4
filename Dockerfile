# Bramka's image, made from the jar the project's own build wrote; nothing is compiled or downloaded here but the
# base image:
#
#   ./mvnw -Pserver -DskipTests package     # target/bramka-<version>.jar, for a PostgreSQL server
#   docker build -t bramka .
#
# The base image is pinned to a release; bump it deliberately (JRE security updates) and rebuild.
ARG JRE_IMAGE=eclipse-temurin:21.0.8_9-jre-noble

# Stage 1: Spring Boot's tools jar mode splits the jar into its layers (layers.idx), each a directory, with the
# launcher unpacked beside the classes: unpacked, the application starts faster than from nested jars. This stage,
# and the jar in it, are not part of the image.
FROM ${JRE_IMAGE} AS layers
WORKDIR /build
# The one jar of target/ that .dockerignore lets into the context; several versions there make this step fail
COPY target/bramka-*.jar application.jar
RUN java -Djarmode=tools -jar application.jar extract --layers --launcher --destination extracted

# Stage 2: the image. The layers are copied from the least to the most often changed, so a code change rebuilds
# (and a node pulls) only the last one, a few MB, and the dependencies' layer stays cached.
FROM ${JRE_IMAGE}
RUN groupadd --system bramka \
    && useradd --system --gid bramka --home-dir /var/lib/bramka --shell /usr/sbin/nologin bramka \
    && mkdir -p /var/lib/bramka && chown bramka:bramka /var/lib/bramka
COPY deploy/liveness-probe /usr/local/bin/liveness-probe
WORKDIR /opt/bramka
COPY --from=layers /build/extracted/dependencies/ ./
COPY --from=layers /build/extracted/spring-boot-loader/ ./
COPY --from=layers /build/extracted/snapshot-dependencies/ ./
COPY --from=layers /build/extracted/application/ ./

USER bramka
# The working directory holds data/: generated reports, scheduled reports' files (several nodes must share both,
# docs/operations.md) and, in demo mode only, the secrets key file and the demo logins.
WORKDIR /var/lib/bramka
VOLUME /var/lib/bramka
ENV PORT=8080
EXPOSE 8080
# The public liveness probe (the process only, not the database: a database outage must not restart every node).
# The first start migrates the schema, hence the start period.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 CMD ["liveness-probe"]
# exec form: java is PID 1 and gets the SIGTERM of `docker stop`, so the graceful shutdown runs.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-cp", "/opt/bramka", "org.springframework.boot.loader.launch.JarLauncher"]
