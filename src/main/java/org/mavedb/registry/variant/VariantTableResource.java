package org.mavedb.registry.variant;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mavedb.registry.security.Caller;

/**
 * A score set's scores and counts as MaveDB's CSV (or TSV, asked for by {@code Accept}), streamed
 * in variant order: a download of any size is written as it is read. Documented as a binary
 * string, a file: generated clients then hand it over as bytes instead of parsing it as JSON.
 */
@Path("/api/v1/score-sets/{urn}")
@Tag(name = "Variants")
@APIResponse(responseCode = "400", description = "Malformed urn")
@APIResponse(responseCode = "401", description = "Unknown API key")
@APIResponse(responseCode = "404", description = "No such score set, or a draft the caller cannot see")
public class VariantTableResource {

    static final String CSV = "text/csv";
    static final String TSV = "text/tab-separated-values";
    private static final String LAYOUT = "MaveDB's layout: `accession` (the variant urn), `hgvs_nt`, `hgvs_splice`, `hgvs_pro`";
    private static final String CELLS = "`NA` for a missing value; text as uploaded, integers as integers. CSV by default, "
            + "TSV with `Accept: " + TSV + "`. Single-resource read: not affected by lineage.";

    private final VariantService variants;
    private final SecurityIdentity identity;

    public VariantTableResource(VariantService variants, SecurityIdentity identity) {
        this.variants = variants;
        this.identity = identity;
    }

    @GET
    @Path("/scores")
    @Produces({CSV, TSV})
    @Operation(operationId = "downloadScores", summary = "Download a score set's scores as a MaveDB scores file",
            description = LAYOUT + ", `score`, then the further score columns in upload order. " + CELLS)
    @APIResponse(responseCode = "200", description = "The scores, one row per variant in variant order", content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = TSV, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response scores(@PathParam("urn") String urn, @jakarta.ws.rs.core.Context HttpHeaders headers) {
        return download(urn, VariantTable.Kind.SCORES, headers);
    }

    @GET
    @Path("/counts")
    @Produces({CSV, TSV})
    @Operation(operationId = "downloadCounts", summary = "Download a score set's counts as a MaveDB counts file",
            description = LAYOUT + ", then the count columns in upload order; with no counts uploaded, the variant "
                    + "columns only. " + CELLS)
    @APIResponse(responseCode = "200", description = "The counts, one row per variant in variant order", content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = TSV, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response counts(@PathParam("urn") String urn, @jakarta.ws.rs.core.Context HttpHeaders headers) {
        return download(urn, VariantTable.Kind.COUNTS, headers);
    }

    private Response download(String urn, VariantTable.Kind kind, HttpHeaders headers) {
        VariantTable.Layout layout = variants.table(urn, kind, Caller.of(identity));
        boolean tsv = prefersTsv(headers);
        StreamingOutput body = out -> {
            VariantTable table = new VariantTable(layout, tsv ? '\t' : ',', out);
            table.writeHeader();
            variants.writeTable(table);
            table.finish();
        };
        String file = layout.scoreSetUrn().replace(':', '_') + "." + kind.name().toLowerCase(java.util.Locale.ROOT)
                + (tsv ? ".tsv" : ".csv");
        return Response.ok(body, (tsv ? TSV : CSV) + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    /** TSV when the client ranks it above CSV; CSV for {@code *}{@code /*}, no Accept, or a tie. */
    private static boolean prefersTsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.valueOf(TSV)) && !type.isWildcardType() && !type.isWildcardSubtype()) {
                return true;
            }
            if (type.isCompatible(MediaType.valueOf(CSV))) {
                return false;
            }
        }
        return false;
    }
}
