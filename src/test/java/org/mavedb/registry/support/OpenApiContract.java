package org.mavedb.registry.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Contract tests for free: every exchange any test makes through REST Assured is checked against
 * the running service's own OpenAPI document ({@code /q/openapi}), so a response the document does
 * not describe fails the test that received it.
 * <ul>
 *   <li>Every response to an {@code /api} request must match the documented status, headers,
 *       media type and schema of its operation.</li>
 *   <li>A request the service accepted (2xx) must be one the document calls valid: a document
 *       stricter than the service would make generated clients refuse what works. Requests the
 *       service refused are not checked: many tests send invalid requests on purpose.</li>
 *   <li>Requests to paths or methods the API does not have are not checked (their answers are
 *       problem+json, which the tests that send them assert).</li>
 * </ul>
 * Registered for every test class through JUnit's extension auto-detection
 * ({@code META-INF/services}, switched on for Surefire and Failsafe in the pom).
 */
public final class OpenApiContract implements OrderedFilter, BeforeAllCallback {

    private static final OpenApiContract FILTER = new OpenApiContract();
    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

    /**
     * Registers the check with the REST Assured the test class sees: a {@code @QuarkusTest} class is
     * loaded by Quarkus's class loader, with its own copy of REST Assured (and of this class).
     */
    @Override
    public void beforeAll(ExtensionContext context) throws ReflectiveOperationException {
        context.getRequiredTestClass().getClassLoader().loadClass(OpenApiContract.class.getName())
                .getMethod("register").invoke(null);
    }

    public static synchronized void register() {
        if (RestAssured.filters().stream().noneMatch(OpenApiContract.class::isInstance)) {
            RestAssured.filters(FILTER);
        }
    }

    @Override
    public int getOrder() {
        return OrderedFilter.HIGHEST_PRECEDENCE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        if (!uri.getRawPath().startsWith("/api/")) {
            return response;
        }
        OpenApiInteractionValidator validator = VALIDATORS.computeIfAbsent(
                uri.getScheme() + "://" + uri.getAuthority(), OpenApiContract::load);
        ValidationReport report = validator.validateResponse(uri.getRawPath(),
                com.atlassian.oai.validator.model.Request.Method.valueOf(request.getMethod()),
                RestAssuredResponse.of(response));
        if (response.statusCode() / 100 == 2) {
            report = report.merge(validator.validateRequest(RestAssuredRequest.of(request)));
        }
        if (report.hasErrors()) {
            throw new AssertionError("The exchange contradicts the OpenAPI document: " + request.getMethod() + " "
                    + uri.getRawPath() + " -> " + response.statusCode() + " " + response.getContentType() + "\n"
                    + SimpleValidationReportFormat.getInstance().apply(report)
                    + "\nresponse body: " + abbreviate(response.asString()));
        }
        return response;
    }

    private static OpenApiInteractionValidator load(String base) {
        try {
            String document = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/q/openapi"))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString()).body();
            return OpenApiInteractionValidator.createForInlineApiSpecification(document)
                    .withLevelResolver(LevelResolver.create()
                            // Paths and methods the API lacks are answered 404/405: nothing to compare.
                            .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                            .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.IGNORE)
                            .withLevel("validation.response.path.missing", ValidationReport.Level.IGNORE)
                            .withLevel("validation.response.operation.notAllowed", ValidationReport.Level.IGNORE)
                            // Query parameters the API does not read are ignored, as HTTP services do (README).
                            .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.IGNORE)
                            .build())
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the OpenAPI document of " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String body) {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }
}
