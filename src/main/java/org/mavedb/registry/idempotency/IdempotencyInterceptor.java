package org.mavedb.registry.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;
import org.mavedb.registry.problem.ProblemException;
import org.mavedb.registry.security.Caller;

/**
 * API.md §4 for every {@link Idempotent} method. With an {@code Idempotency-Key}, the request runs
 * in one transaction that first claims the key, then makes its change, then records the response,
 * so the outcome exists exactly when the change does. When the key already holds a recorded
 * outcome, the claim finds it, the transaction rolls back, and that response is replayed
 * ({@code Idempotent-Replayed: true}); a concurrent duplicate waits on the key's unique index for
 * the first, then replays it (or runs, if the first failed). Only 2xx outcomes are recorded: a
 * failure rolls back its claim and leaves the key free.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY_SYNTAX = Pattern.compile("[\\x20-\\x7E]{1,255}");
    /**
     * What a claimed key's fingerprint is until its outcome is recorded in the same transaction (in
     * the column's format; no request hashes to it). Nobody else sees it: a duplicate waits for the
     * claiming transaction to end.
     */
    private static final String PENDING_FINGERPRINT = "0".repeat(64);

    private final HttpServerRequest request;
    private final SecurityIdentity identity;
    private final IdempotencyRepository records;
    private final NewTransaction transaction;
    private final IdempotencyConfig config;
    private final ResponseSeal seal;
    private final ObjectMapper json;
    private final ObjectMapper canonicalJson;

    public IdempotencyInterceptor(HttpServerRequest request, SecurityIdentity identity, IdempotencyRepository records,
            NewTransaction transaction, IdempotencyConfig config, ResponseSeal seal, ObjectMapper json) {
        this.request = request;
        this.identity = identity;
        this.records = records;
        this.transaction = transaction;
        this.config = config;
        this.seal = seal;
        this.json = json;
        this.canonicalJson = RequestFingerprint.canonical(json);
    }

    @AroundInvoke
    Object honourKey(InvocationContext invocation) throws Exception {
        String key = request.getHeader(HEADER);
        if (key == null) {
            if (config.required() && request.method() == HttpMethod.POST) {
                throw ProblemException.invalid(HEADER, "is required on this request (registry.idempotency.required)");
            }
            return invocation.proceed();
        }
        if (!KEY_SYNTAX.matcher(key).matches()) {
            throw ProblemException.invalid(HEADER, "must be 1 to 255 printable ASCII characters");
        }
        Caller caller = Caller.of(identity); // every @Idempotent endpoint is @Authenticated, checked before this runs
        Object[] parameters = invocation.getParameters();
        if (StreamedBody.wrap(parameters) != null) {
            invocation.setParameters(parameters);
        }
        try {
            return transaction.call(() -> runOnce(invocation, caller.userId(), key));
        } catch (IdempotencyRepository.KeyTaken taken) {
            return replay(records.findLive(caller.userId(), key).orElseThrow(() -> IdempotencyRepository.stillRunning(
                    config.maxWait())), fingerprint(invocation), key);
        }
    }

    /**
     * Claims the key, runs the request and records its outcome with the request's fingerprint. A
     * streamed body's fingerprint is known once the request has read it, so it is written with the
     * outcome; nobody reads it before (a duplicate waits for this transaction to end).
     */
    private Response runOnce(InvocationContext invocation, long userId, String key) throws Exception {
        long claimed = records.claim(userId, key, PENDING_FINGERPRINT, config.retention(), config.maxWait());
        Response response = (Response) invocation.proceed();
        if (response.getStatus() < 200 || response.getStatus() > 299) {
            QuarkusTransaction.setRollbackOnly();
            return response;
        }
        RecordedResponse outcome = RecordedResponse.of(response, json);
        records.record(claimed, fingerprint(invocation), outcome.status(),
                outcome.body() == null ? null : seal.seal(outcome.body(), userId, key), outcome.location(), outcome.etag());
        return outcome.toResponse(false);
    }

    /** The request's fingerprint; a streamed body is read to its end for it. */
    private String fingerprint(InvocationContext invocation) {
        return RequestFingerprint.of(request.method().name(), request.path(), invocation.getParameters(), canonicalJson);
    }

    private Response replay(IdempotencyRecord record, String fingerprint, String key) {
        if (!record.requestFingerprint.equals(fingerprint)) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency key reused",
                    "This Idempotency-Key was already used for a different request (method, path or body); "
                            + "use a new key for a new request", null, java.util.Map.of());
        }
        byte[] body = record.responseBody == null ? null : seal.open(record.responseBody, record.userId, key);
        return RecordedResponse.of(record, body).toResponse(true);
    }
}
