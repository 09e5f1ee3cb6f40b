package org.mavedb.registry.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The parts of a successful response that a replay repeats: status, JSON body, {@code Location}
 * and {@code ETag}. The body is serialised once, so the first response and every replay carry the
 * same bytes.
 */
record RecordedResponse(int status, byte[] body, String location, String etag) {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    static RecordedResponse of(Response response, ObjectMapper json) {
        try {
            Object entity = response.getEntity();
            byte[] body = entity == null ? null : entity instanceof byte[] bytes ? bytes : json.writeValueAsBytes(entity);
            return new RecordedResponse(response.getStatus(), body, response.getHeaderString(HttpHeaders.LOCATION),
                    response.getHeaderString(HttpHeaders.ETAG));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot record the response", e);
        }
    }

    static RecordedResponse of(IdempotencyRecord record, byte[] body) {
        return new RecordedResponse(record.responseStatus, body, record.responseLocation, record.responseETag);
    }

    Response toResponse(boolean replayed) {
        Response.ResponseBuilder response = Response.status(status);
        if (body != null) {
            response.entity(body).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (location != null) {
            response.header(HttpHeaders.LOCATION, location);
        }
        if (etag != null) {
            response.header(HttpHeaders.ETAG, etag);
        }
        if (replayed) {
            response.header(REPLAYED_HEADER, "true");
        }
        return response.build();
    }
}
