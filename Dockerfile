# Bramka's image, made from the jar the project's own build wrote; nothing is compiled or downloaded here but the
# base image:
#
#   ./mvnw -Pserver -DskipTests package     # target/bramka-<version>.jar, for a PostgreSQL server
#   docker build -t bramka .
#
# One stage on purpose: the jar is bind-mounted for the extraction only, so it is not kept in the image. The
# extraction is not split with --layers: in one stage every layer would land in the same image layer anyway.
FROM eclipse-temurin:21-jre

# A file name pattern under target/; the first match is taken
ARG JAR=bramka-*.jar

RUN groupadd --system bramka \
    && useradd --system --gid bramka --home-dir /var/lib/bramka --shell /usr/sbin/nologin bramka \
    && mkdir -p /var/lib/bramka && chown bramka:bramka /var/lib/bramka

# Spring Boot's tools jar mode unpacks the jar beside its launcher: unpacked, the application starts faster than
# from nested jars.
RUN --mount=type=bind,source=target,target=/tmp/target \
    java -Djarmode=tools -jar "$(ls /tmp/target/${JAR} | head -n 1)" extract --launcher --destination /opt/bramka

USER bramka
# The working directory holds data/: generated reports, scheduled reports' files (several nodes must share both,
# docs/operations.md) and, in demo mode only, the secrets key file and the demo logins.
WORKDIR /var/lib/bramka
VOLUME /var/lib/bramka
ENV PORT=8080
EXPOSE 8080
# exec form: java is PID 1 and gets the SIGTERM of `docker stop`, so the graceful shutdown runs.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-cp", "/opt/bramka", "org.springframework.boot.loader.launch.JarLauncher"]
