package org.mavedb.registry.idempotency;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;

/**
 * A request body the resource reads as a stream (a variant upload of any size), hashed as it goes
 * by: its fingerprint is known once it has been read to the end, by the resource or by
 * {@link #digest()} itself, without the body ever being held.
 */
final class StreamedBody extends FilterInputStream {

    private final MessageDigest sha256 = RequestFingerprint.sha256();
    /** Set once the end was read: a parser may close the stream there, and nothing is left to hash. */
    private boolean ended;

    private StreamedBody(InputStream in) {
        super(in);
    }

    /** Wraps the stream among the parameters, if there is one; returns it, or null. */
    static StreamedBody wrap(Object[] parameters) {
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] instanceof InputStream in) {
                StreamedBody body = new StreamedBody(in);
                parameters[i] = body;
                return body;
            }
        }
        return null;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            sha256.update((byte) b);
        } else {
            ended = true;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            sha256.update(buffer, offset, n);
        } else if (n < 0) {
            ended = true;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        return read(new byte[(int) Math.min(n, 8192)]);
    }

    /** Reads what is left of the body and returns the hash of all of it. */
    byte[] digest() {
        try {
            if (!ended) {
                transferTo(java.io.OutputStream.nullOutputStream());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha256.digest();
    }
}
