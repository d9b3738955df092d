FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -q dependency:go-offline
COPY src src
RUN ./mvnw -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app drillbook
WORKDIR /app
COPY --from=build /src/target/drillbook-*.jar /app/drillbook.jar
USER drillbook
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/drillbook.jar"]
