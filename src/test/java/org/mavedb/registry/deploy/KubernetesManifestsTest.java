package org.mavedb.registry.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The manifests in k8s/ agree with the application: probes hit paths that answer, the container
 * port is the configured HTTP port, every environment variable the configuration reads is
 * provided, the image is the one the build names, and the pod is locked down.
 */
@QuarkusTest
class KubernetesManifestsTest {

    private static final Path BASE = Path.of("k8s/base");
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final Map<String, JsonNode> byKind = new HashMap<>();
    private Properties application;

    @BeforeEach
    void load() throws IOException {
        for (JsonNode resource : yaml.readTree(BASE.resolve("kustomization.yaml").toFile()).get("resources")) {
            JsonNode manifest = yaml.readTree(BASE.resolve(resource.asText()).toFile());
            byKind.put(manifest.get("kind").asText(), manifest);
        }
        application = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            application.load(in);
        }
    }

    private JsonNode container() {
        return byKind.get("Deployment").at("/spec/template/spec/containers/0");
    }

    @Test
    void everyResourceOfTheBaseIsThere() {
        assertEquals(Set.of("ConfigMap", "Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget"),
                byKind.keySet());
    }

    @Test
    void probesHitPathsThatAnswer() {
        for (String probe : new String[] {"startupProbe", "livenessProbe", "readinessProbe"}) {
            JsonNode get = container().get(probe).get("httpGet");
            assertEquals("http", get.get("port").asText(), probe + " uses the named container port");
            given().get(get.get("path").asText()).then().statusCode(200);
        }
        JsonNode annotations = byKind.get("Deployment").at("/spec/template/metadata/annotations");
        given().get(annotations.get("prometheus.io/path").asText()).then().statusCode(200);
        assertEquals(container().at("/ports/0/containerPort").asText(), annotations.get("prometheus.io/port").asText());
    }

    @Test
    void theContainerPortIsTheConfiguredHttpPort() {
        Matcher port = Pattern.compile("\\$\\{QUARKUS_HTTP_PORT:(\\d+)}").matcher(application.getProperty("quarkus.http.port"));
        assertTrue(port.matches());
        int containerPort = container().at("/ports/0/containerPort").asInt();
        assertEquals(Integer.parseInt(port.group(1)), containerPort);
        assertEquals(Integer.toString(containerPort), byKind.get("ConfigMap").at("/data/QUARKUS_HTTP_PORT").asText());
        assertEquals("http", byKind.get("Service").at("/spec/ports/0/targetPort").asText());
    }

    @Test
    void everyEnvironmentVariableTheApplicationReadsIsProvided() {
        Set<String> provided = new HashSet<>();
        byKind.get("ConfigMap").get("data").fieldNames().forEachRemaining(provided::add);
        container().get("env").forEach(variable -> provided.add(variable.get("name").asText()));
        assertEquals("mave-registry-config", container().at("/envFrom/0/configMapRef/name").asText());
        Set<String> read = new HashSet<>();
        application.stringPropertyNames().stream()
                .filter(key -> !key.startsWith("%")) // dev and test profiles never run in the cluster
                .forEach(key -> {
                    Matcher reference = ENV_REFERENCE.matcher(application.getProperty(key));
                    while (reference.find()) {
                        read.add(reference.group(1));
                    }
                });
        assertTrue(read.size() > 5, "found the variables the configuration reads: " + read);
        Set<String> missing = new HashSet<>(read);
        missing.removeAll(provided);
        assertEquals(Set.of(), missing, "read by application.properties but not provided by the manifests");
        for (JsonNode secret : container().get("env")) {
            assertEquals("mave-registry-secrets", secret.at("/valueFrom/secretKeyRef/name").asText(),
                    secret.get("name").asText() + " comes from the Secret");
        }
    }

    @Test
    void theImageIsTheOneTheBuildNames() {
        assertEquals(System.getProperty("project.artifactId", "mave-registry") + ":"
                + System.getProperty("project.version", "1.0.0-SNAPSHOT"), container().get("image").asText());
    }

    @Test
    void gracePeriodCoversTheGracefulShutdown() {
        Duration drain = Duration.parse(application.getProperty("quarkus.shutdown.timeout"));
        assertTrue(byKind.get("Deployment").at("/spec/template/spec/terminationGracePeriodSeconds").asLong() > drain.toSeconds());
    }

    @Test
    void thePodIsLockedDownAndSized() {
        JsonNode pod = byKind.get("Deployment").at("/spec/template/spec");
        assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean());
        assertTrue(container().at("/securityContext/readOnlyRootFilesystem").asBoolean());
        assertEquals("ALL", container().at("/securityContext/capabilities/drop/0").asText());
        assertTrue(!container().at("/securityContext/allowPrivilegeEscalation").asBoolean());
        assertTrue(container().at("/resources/requests/memory").isTextual());
        assertTrue(container().at("/resources/limits/memory").isTextual());
    }

    @Test
    void selectorsMatchThePods() {
        JsonNode podLabels = byKind.get("Deployment").at("/spec/template/metadata/labels");
        assertEquals(podLabels, byKind.get("Deployment").at("/spec/selector/matchLabels"));
        assertEquals(podLabels, byKind.get("Service").at("/spec/selector"));
        assertEquals(podLabels, byKind.get("PodDisruptionBudget").at("/spec/selector/matchLabels"));
        assertEquals(byKind.get("Deployment").at("/metadata/name"),
                byKind.get("HorizontalPodAutoscaler").at("/spec/scaleTargetRef/name"));
    }
}
