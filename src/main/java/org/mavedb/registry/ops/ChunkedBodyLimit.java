package org.mavedb.registry.ops;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.mavedb.registry.problem.ProblemException;

/**
 * Body limits for bodies whose length was not declared: {@link AdmissionControl} refuses a declared
 * length past its limit before reading, and this counts what a chunked body really holds while it
 * is read, so a chunked body cannot slip past the limit either (413 problem+json, and reading stops
 * there, before the HTTP layer's own ceiling would cut the connection with an empty 413). Variant
 * uploads (read as a stream) have {@code registry.variants.max-upload-bytes}, other JSON bodies
 * {@code registry.http.max-json-bytes}.
 */
@Provider
public class ChunkedBodyLimit implements ReaderInterceptor {

    /**
     * The limits come from {@link AdmissionControl}, a bean created when the service starts: REST
     * providers are built while the native image is made, so limits injected here would be the
     * build's defaults, and a value set at run time would stop the native executable from starting.
     */
    private final AdmissionControl limits;

    public ChunkedBodyLimit(AdmissionControl limits) {
        this.limits = limits;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (context.getType() == InputStream.class) {
            context.setInputStream(new Limited(context.getInputStream(), limits.maxUploadBytes()));
        } else if (type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            context.setInputStream(new Limited(context.getInputStream(), limits.maxJsonBytes()));
        }
        return context.proceed();
    }

    private static final class Limited extends FilterInputStream {

        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw ProblemException.payloadTooLarge("The request body is larger than the limit of " + limit
                        + " bytes for this endpoint");
            }
        }
    }
}
