package org.mavedb.registry.support;

import io.restassured.RestAssured;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.mavedb.registry.ops.AdmissionControl;

/**
 * A scores upload whose body is sent up to its last bytes and then held, until {@link #finish()}
 * sends the rest: blank lines. A large one (past {@link AdmissionControl#SMALL_UPLOAD_BYTES}) is
 * streamed, so the service waits for the rest with the upload's slot and transaction open; a small
 * one is waited for before the endpoint runs.
 */
public final class HeldUpload implements AutoCloseable {

    private static final int LARGE_REST = (int) AdmissionControl.SMALL_UPLOAD_BYTES + 1;
    private static final int SMALL_REST = 100;

    private final Socket socket;
    private final int rest;

    private HeldUpload(Socket socket, int rest) {
        this.socket = socket;
        this.rest = rest;
    }

    /** Starts a large {@code POST /score-sets/{draft}/scores} with these rows and holds back its end. */
    public static HeldUpload start(String key, String draft, String rows) throws IOException {
        return start(key, draft, rows, LARGE_REST);
    }

    /** Starts a small one (these rows must be well under the threshold) and holds back its end. */
    public static HeldUpload startSmall(String key, String draft, String rows) throws IOException {
        return start(key, draft, rows, SMALL_REST);
    }

    private static HeldUpload start(String key, String draft, String rows, int rest) throws IOException {
        Socket socket = new Socket("localhost", RestAssured.port);
        socket.getOutputStream().write(("POST /api/v1/score-sets/" + draft + "/scores HTTP/1.1\r\nHost: localhost\r\n"
                + "X-API-Key: " + key + "\r\nContent-Type: text/csv\r\nContent-Length: " + (rows.length() + rest)
                + "\r\n\r\n" + rows).getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        return new HeldUpload(socket, rest);
    }

    /** Sends the rest of the body and returns the response's status line start ({@code HTTP/1.1 200}). */
    public String finish() throws IOException {
        socket.getOutputStream().write("\n".repeat(rest).getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        return new String(socket.getInputStream().readNBytes(12), StandardCharsets.UTF_8);
    }

    /** A body that large with two variants: an upload that takes a slot, sent at once. */
    public static String largeCsv() {
        return Api.SMALL_CSV + "\n".repeat(LARGE_REST);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
