FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
# -Ddrillbook.no-embedded-db: the image always has DB_URL, so it carries no embedded PostgreSQL
RUN ./mvnw -q -Ddrillbook.no-embedded-db dependency:go-offline
COPY src src
RUN ./mvnw -q -Ddrillbook.no-embedded-db -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app drillbook && mkdir -p /app && chown drillbook /app
WORKDIR /app
COPY --from=build /src/target/drillbook-*.jar /tmp/drillbook.jar
# Faster cold start (about 11.5 s → 8.6 s to the first page on 2 cores, see docs/benchmarks.md):
# the jar extracted (Spring Boot's tools jar mode) and a class data sharing archive written by a
# training run, which starts the application context without a database and stops before serving
# (scripts/fast-start.sh, which operators without Docker run the same way).
COPY scripts/fast-start.sh /tmp/fast-start.sh
RUN bash /tmp/fast-start.sh /tmp/drillbook.jar /app/extracted \
 && rm -f /tmp/drillbook.jar /tmp/fast-start.sh \
 && chown -R drillbook /app/extracted
USER drillbook
# The data key comes from DRILLBOOK_DATA_KEY (.env) or the Docker secret drillbook_data_key; it is
# never generated here, where it would vanish with the container and every identity with it.
ENV DRILLBOOK_DATA_KEY_FILE=/run/secrets/drillbook_data_key \
    DRILLBOOK_DATA_KEY_GENERATE=false \
    SERVER_FORWARD_HEADERS_STRATEGY=native
EXPOSE 8080
# Health on the management port (127.0.0.1:8081 inside the container), checked without curl.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8081 && printf 'GET /actuator/health HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q '\"UP\"' <&3"]
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/extracted/drillbook.jsa", "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar", "/app/extracted/drillbook.jar"]
