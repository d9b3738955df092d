#!/usr/bin/env bash
# Prepares Drillbook for a fast cold start, as the Docker image runs it: the jar extracted
# (Spring Boot's tools jar mode) and a class data sharing archive written by a training run,
# which starts the application context without a database and stops before serving
# (-Dspring.context.exit=onRefresh; nothing is reached, and the data key it generates is
# thrown away).
#
#   scripts/fast-start.sh target/drillbook-<version>.jar /opt/drillbook    # a new directory
#   java -XX:SharedArchiveFile=/opt/drillbook/drillbook.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
#     -jar /opt/drillbook/drillbook-<version>.jar     # the extracted jar keeps its name
#
# Run it again for every new jar, with the Java the application runs on: the JVM ignores an
# archive written by another Java or for other classes (the -Xlog flags above keep it quiet).
set -euo pipefail

jar=$1
dest=$2
java -Djarmode=tools -jar "$jar" extract --destination "$dest"
key=$(mktemp -u)
trap 'rm -f "$key"' EXIT
cd "$dest"
DB_URL=jdbc:postgresql://127.0.0.1:1/training DRILLBOOK_DB=external SPRING_PROFILES_ACTIVE= \
  DRILLBOOK_DATA_KEY_FILE="$key" DRILLBOOK_DATA_KEY_GENERATE=true \
  java -XX:ArchiveClassesAtExit=drillbook.jsa -Dspring.context.exit=onRefresh -jar "$(basename "$jar")" \
    --drillbook.database.bootstrap=false --spring.flyway.enabled=false --spring.jpa.hibernate.ddl-auto=none \
    --spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false \
    --spring.jpa.database-platform=org.hibernate.dialect.PostgreSQLDialect
