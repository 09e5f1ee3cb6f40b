package org.mavedb.registry.support;

import io.restassured.RestAssured;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.mavedb.registry.ops.AdmissionControl;

/**
 * A large scores upload whose body is sent up to its last bytes and then held: the service waits
 * for the rest with the upload's slot and transaction open. The rest is blank lines, enough to
 * make it an upload that takes a slot ({@link AdmissionControl#SMALL_UPLOAD_BYTES}).
 */
public final class HeldUpload implements AutoCloseable {

    private static final int REST = (int) AdmissionControl.SMALL_UPLOAD_BYTES + 1;

    private final Socket socket;

    private HeldUpload(Socket socket) {
        this.socket = socket;
    }

    /** Starts {@code POST /score-sets/{draft}/scores} with these rows and holds back the blank lines that end it. */
    public static HeldUpload start(String key, String draft, String rows) throws IOException {
        Socket socket = new Socket("localhost", RestAssured.port);
        socket.getOutputStream().write(("POST /api/v1/score-sets/" + draft + "/scores HTTP/1.1\r\nHost: localhost\r\n"
                + "X-API-Key: " + key + "\r\nContent-Type: text/csv\r\nContent-Length: " + (rows.length() + REST)
                + "\r\n\r\n" + rows).getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        return new HeldUpload(socket);
    }

    /** Sends the rest of the body and returns the response's status line start ({@code HTTP/1.1 200}). */
    public String finish() throws IOException {
        socket.getOutputStream().write("\n".repeat(REST).getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        return new String(socket.getInputStream().readNBytes(12), StandardCharsets.UTF_8);
    }

    /** A body that large with two variants: an upload that takes a slot, sent at once. */
    public static String largeCsv() {
        return Api.SMALL_CSV + "\n".repeat(REST);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
