package org.mavedb.registry.variant;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mavedb.registry.dataset.ApiMediaTypes;
import org.mavedb.registry.dataset.Preconditions;
import org.mavedb.registry.idempotency.IdempotencyOpenApi;
import org.mavedb.registry.idempotency.Idempotent;
import org.mavedb.registry.problem.ProblemException;
import org.mavedb.registry.query.PageQuery;
import org.mavedb.registry.scoreset.ScoreSetView;
import org.mavedb.registry.security.Caller;

@Path("/api/v1/score-sets/{urn}/variants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Variants")
public class ScoreSetVariantsResource {

    private static final String CSV = "text/csv";

    private final VariantService variants;
    private final SecurityIdentity identity;
    private final ObjectMapper json;
    private final int maxUploadBytes;

    public ScoreSetVariantsResource(VariantService variants, SecurityIdentity identity,
            ObjectMapper json, @ConfigProperty(name = "registry.variants.max-upload-bytes") int maxUploadBytes) {
        this.variants = variants;
        this.identity = identity;
        this.json = json;
        this.maxUploadBytes = maxUploadBytes;
    }

    @POST
    @Consumes({CSV, MediaType.APPLICATION_JSON})
    @Operation(operationId = "uploadVariants", summary = "Replace a draft score set's variants",
            description = "Accepts `text/csv` (header row with `hgvs_nt` and/or `hgvs_pro`, `score`, and further numeric columns; "
                    + "empty cells and `NA` are missing values; UTF-8, optional BOM, LF or CRLF) or JSON `{variants: [...]}`. "
                    + "The whole upload replaces the previous one, or nothing changes. At most 16 MiB by default "
                    + "(`registry.variants.max-upload-bytes`).")
    @RequestBody(required = true, content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    example = "hgvs_nt,hgvs_pro,score,se\nc.1A>G,p.Met1Val,0.25,0.01\n"),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VariantsUpload.class))})
    @APIResponse(responseCode = "200", description = "The score set with its new `numVariants`",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoreSetView.class)),
            headers = @Header(name = "ETag", description = ApiMediaTypes.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Malformed CSV or JSON, or invalid variants; the response lists them")
    @APIResponse(responseCode = "401", description = "No or unknown API key")
    @APIResponse(responseCode = "403", description = "The caller may see but not change this score set")
    @APIResponse(responseCode = "404", description = "No such score set, or a draft the caller cannot see")
    @APIResponse(responseCode = "409", description = "The score set is published")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    @APIResponse(responseCode = "413", description = "The upload is larger than the configured limit")
    @APIResponse(responseCode = "415", description = "Neither text/csv nor application/json")
    @Idempotent
    @Parameter(ref = IdempotencyOpenApi.KEY_PARAMETER)
    @Authenticated
    public Response upload(@PathParam("urn") String urn,
            @Parameter(description = ApiMediaTypes.IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            byte[] body) throws IOException {
        if (contentType == null) { // and no body: a body without a Content-Type is a 415 (problem.RequestChecks)
            throw ProblemException.badRequest("The request has no body; send the variants as text/csv or application/json");
        }
        byte[] bytes = requireWithinLimit(body);
        VariantsUpload uploaded = contentType.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                ? parseJson(bytes)
                : new VariantsUpload(VariantCsv.parse(bytes, charsetOf(contentType)));
        ScoreSetView view = variants.upload(urn, uploaded, ifMatch, Caller.of(identity));
        return Preconditions.okWithETag(view, view.version());
    }

    @GET
    @Operation(operationId = "listScoreSetVariants", summary = "Page through a score set's variants",
            description = "Single-resource read: not affected by lineage. Variants are ordered by their number.")
    @APIResponse(responseCode = "200", description = "`numVariants` in the score set and one page of them")
    @APIResponse(responseCode = "400", description = "Malformed urn, or `limit`/`offset` out of range")
    @APIResponse(responseCode = "401", description = "Unknown API key")
    @APIResponse(responseCode = "404", description = "No such score set, or a draft the caller cannot see")
    public VariantView.Page list(@PathParam("urn") String urn, @BeanParam PageQuery page) {
        return variants.page(urn, page.limit(), page.offset(), Caller.of(identity));
    }

    private byte[] requireWithinLimit(byte[] bytes) {
        if (bytes.length > maxUploadBytes) {
            throw ProblemException.payloadTooLarge("Variant uploads are limited to " + maxUploadBytes + " bytes");
        }
        return bytes;
    }

    private static Charset charsetOf(MediaType contentType) {
        String name = contentType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(415, "unsupported-charset", "Unsupported Media Type",
                    "The charset " + name + " is not supported; send UTF-8", null, java.util.Map.of());
        }
    }

    private VariantsUpload parseJson(byte[] bytes) throws IOException {
        if (bytes.length == 0) {
            throw ProblemException.badRequest("A JSON request body is required");
        }
        return json.readValue(bytes, VariantsUpload.class);
    }
}
