package org.mavedb.registry.variant;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
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
import org.mavedb.registry.scoreset.ScoreSetView;
import org.mavedb.registry.security.Caller;

/** Variant uploads: one operation per media type a generated client can send, landing in one service call; and counts. */
@Path("/api/v1/score-sets/{urn}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Variants")
@APIResponse(responseCode = "200", description = "The score set with its new `numVariants`",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoreSetView.class)),
        headers = @Header(name = "ETag", description = ApiMediaTypes.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)))
@APIResponse(responseCode = "400", description = "Malformed CSV or JSON, or invalid variants; the response lists them")
@APIResponse(responseCode = "401", description = "No or unknown API key")
@APIResponse(responseCode = "403", description = "The caller may see but not change this score set")
@APIResponse(responseCode = "404", description = "No such score set, or a draft the caller cannot see")
@APIResponse(responseCode = "409", description = "The score set is published (or, for counts, has no scores yet)")
@APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
@APIResponse(responseCode = "413", description = "The upload is larger than the configured limit")
@APIResponse(responseCode = "415", description = "Not a media type the operation takes")
public class VariantUploadResource {

    private static final String CSV = "text/csv";
    private static final String CSV_EXAMPLE = "hgvs_nt,hgvs_pro,score,se\nc.1A>G,p.Met1Val,0.25,0.01\n";
    private static final String UPLOAD_RULES = "CSV: a MaveDB scores file as downloaded: `#` comment lines, then a header "
            + "with `hgvs_nt`, `hgvs_splice`, `hgvs_pro` (any case; `hgvs_nt` or `hgvs_pro` required), `score`, and further "
            + "columns, numeric (integers stay integers) or text, kept in order; an `accession` column is ignored. MaveDB's "
            + "null tokens (empty, `NA`, `nan`, `None`, `null`, `n/a`, `nil`, `undefined`, `-`; any case) are missing values; "
            + "UTF-8, optional BOM, LF or CRLF.\n\n"
            + "Variants are MAVE-HGVS (VariantEffect/mavehgvs `docs/spec.rst`) and must agree with the targets: `hgvs_nt` "
            + "takes `c.`/`n.`/`g.`/`m.`/`o.`/`r.`, `hgvs_splice` `c.`/`n.`, `hgvs_pro` `p.`; one prefix per column; `g.` with "
            + "`hgvs_splice`, `c.` alongside `hgvs_pro`, `n.` for nucleotide-only data on sequence targets. Variants of an "
            + "accession target are qualified with it (`NM_007294.4:c.1A>G`) and get syntax and prefix checks only; those of "
            + "a score set with several targets are prefixed with a target `label`. On sequence targets, positions must lie "
            + "inside the target and written reference bases and residues must match it (`p.` on DNA targets: its "
            + "translation from the first base, standard code). The primary column (`hgvs_nt` if given, else `hgvs_pro`) "
            + "needs a value in every row and no value twice; the score column needs at least one value.\n\n"
            + "A refused upload is a 400 listing the first 20 problems by row (`row 7, hgvs_nt`) or JSON path, with the total "
            + "in `detail`. The whole upload replaces the previous one and drops earlier counts, or nothing changes. The body "
            + "is read as a stream and stored with COPY as it arrives: at most 1 GiB by default "
            + "(`registry.variants.max-upload-bytes`; 413 above, also when sent chunked), and at most "
            + "`registry.variants.max-concurrent-uploads` uploads at once (503 with `Retry-After` beyond).";

    private final VariantService variants;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public VariantUploadResource(VariantService variants, SecurityIdentity identity, ObjectMapper json) {
        this.variants = variants;
        this.identity = identity;
        this.json = json;
    }

    @POST
    @Path("/variants")
    @Consumes({MediaType.APPLICATION_JSON, CSV})
    @Operation(operationId = "uploadVariants", summary = "Replace a draft score set's variants (JSON or CSV)",
            description = "Takes JSON `{variants: [...]}` or, like `uploadScoresCsv`, a MaveDB scores file as `text/csv`. "
                    + UPLOAD_RULES)
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VariantsUpload.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING), example = CSV_EXAMPLE)})
    @Idempotent
    @Parameter(ref = IdempotencyOpenApi.KEY_PARAMETER)
    @Authenticated
    public Response upload(@PathParam("urn") String urn,
            @Parameter(description = ApiMediaTypes.IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            InputStream body) throws IOException, SQLException {
        return replaceVariants(urn, ifMatch, contentType, body);
    }

    /**
     * The upload behind both operations. Not one calling the other: ArC intercepts self-invocation,
     * so the Idempotency-Key would be claimed twice and the inner claim wait on the outer one.
     */
    private Response replaceVariants(String urn, String ifMatch, MediaType contentType, InputStream body)
            throws IOException, SQLException {
        requireBody(contentType, "the variants as text/csv or application/json");
        VariantReader reader = contentType.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                ? new VariantJson(body, json)
                : VariantCsv.scores(body, charsetOf(contentType));
        ScoreSetView view = variants.upload(urn, reader, ifMatch, Caller.of(identity));
        return Preconditions.okWithETag(view, view.version());
    }

    /**
     * The CSV upload as an operation of its own: OpenAPI generators type a request body by its first
     * media type, so a client generated for {@code uploadVariants} sends JSON, and this is how it
     * sends a MaveDB scores file unchanged.
     */
    @POST
    @Path("/scores")
    @Consumes(CSV)
    @Operation(operationId = "uploadScoresCsv", summary = "Replace a draft score set's variants with a MaveDB scores file",
            description = "The same upload as `uploadVariants` with a `text/csv` body. " + UPLOAD_RULES)
    @RequestBody(required = true, content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
            example = CSV_EXAMPLE))
    @Idempotent
    @Parameter(ref = IdempotencyOpenApi.KEY_PARAMETER)
    @Authenticated
    public Response uploadCsv(@PathParam("urn") String urn,
            @Parameter(description = ApiMediaTypes.IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            InputStream body) throws IOException, SQLException {
        return replaceVariants(urn, ifMatch, contentType, body);
    }

    @POST
    @Path("/counts")
    @Consumes(CSV)
    @Operation(operationId = "uploadCountsCsv", summary = "Store a draft score set's counts from a MaveDB counts file",
            description = "A `text/csv` file with the variant columns of the scores (`hgvs_nt`, `hgvs_splice`, `hgvs_pro`; "
                    + "`accession` is ignored) and numeric count columns. It lists exactly the variants of the scores, "
                    + "named by the same primary column (`hgvs_nt`, or `hgvs_pro` for protein-only scores), once each; the "
                    + "count columns become each variant's `counts`. Replaces earlier counts; a new scores upload drops "
                    + "them. Same size limit as scores.")
    @RequestBody(required = true, content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
            example = "hgvs_nt,hgvs_pro,c_0,c_1\nc.1A>G,p.Met1Val,10,20\n"))
    @Idempotent
    @Parameter(ref = IdempotencyOpenApi.KEY_PARAMETER)
    @Authenticated
    public Response uploadCounts(@PathParam("urn") String urn,
            @Parameter(description = ApiMediaTypes.IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            InputStream body) throws IOException, SQLException {
        requireBody(contentType, "the counts as text/csv");
        ScoreSetView view = variants.uploadCounts(urn, VariantCsv.counts(body, charsetOf(contentType)), ifMatch,
                Caller.of(identity));
        return Preconditions.okWithETag(view, view.version());
    }

    /** No Content-Type means no body here: a body without one is a 415 before this (problem.RequestChecks). */
    private static void requireBody(MediaType contentType, String expected) {
        if (contentType == null) {
            throw ProblemException.badRequest("The request has no body; send " + expected);
        }
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
}
