package org.mavedb.registry.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which methods each API path has, for the {@code Allow} header of a 405 and the answer to OPTIONS
 * (RFC 9110 §15.5.6, §9.3.7). Quarkus REST computes neither per path (its OPTIONS lists every method
 * of the resource class), so the table is read, once, from the OpenAPI document Quarkus generated
 * from the same resource annotations at build time: it cannot disagree with the routes.
 */
@ApplicationScoped
public class AllowedMethods {

    /** Where Quarkus puts the document it generated at build time (and serves at /q/openapi). */
    static final String GENERATED_DOCUMENT = "META-INF/quarkus-generated-openapi-doc.JSON";

    private record Route(Pattern path, String allow) {}

    private final ObjectMapper json;
    private volatile List<Route> routes;

    public AllowedMethods(ObjectMapper json) {
        this.json = json;
    }

    /** The {@code Allow} value for the path, or empty when no API path has that shape. */
    public Optional<String> allowFor(String path) {
        for (Route route : routes()) {
            if (route.path().matcher(path).matches()) {
                return Optional.of(route.allow());
            }
        }
        return Optional.empty();
    }

    private List<Route> routes() {
        if (routes == null) {
            routes = load();
        }
        return routes;
    }

    private List<Route> load() {
        try (InputStream document = Thread.currentThread().getContextClassLoader().getResourceAsStream(GENERATED_DOCUMENT)) {
            if (document == null) {
                return List.of();
            }
            List<Route> loaded = new ArrayList<>();
            // static paths first, so that /score-sets/search is not taken for /score-sets/{urn}
            List<Map.Entry<String, JsonNode>> paths = new ArrayList<>();
            json.readTree(document).path("paths").fields().forEachRemaining(paths::add);
            paths.sort(Comparator.comparing(entry -> entry.getKey().contains("{")));
            for (var entry : paths) {
                TreeSet<String> methods = new TreeSet<>();
                for (Iterator<String> names = entry.getValue().fieldNames(); names.hasNext(); ) {
                    methods.add(names.next().toUpperCase(Locale.ROOT));
                }
                methods.retainAll(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
                if (methods.contains("GET")) {
                    methods.add("HEAD");
                }
                methods.add("OPTIONS");
                String regex = Pattern.quote(entry.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
                loaded.add(new Route(Pattern.compile(regex), String.join(", ", methods)));
            }
            return List.copyOf(loaded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
