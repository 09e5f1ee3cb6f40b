package org.mavedb.registry.ops;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mavedb.registry.problem.ProblemException;

/**
 * The JSON body limit ({@code registry.http.max-json-bytes}) for bodies whose length was not
 * declared: {@link AdmissionControl} refuses a declared length past it before reading, and this
 * counts what a chunked body really holds while it is parsed, so a chunked body cannot slip past
 * the limit (413, and parsing stops there).
 */
@Provider
public class JsonBodyLimit implements ReaderInterceptor {

    private final long maxJsonBytes;

    public JsonBodyLimit(@ConfigProperty(name = "registry.http.max-json-bytes") long maxJsonBytes) {
        this.maxJsonBytes = maxJsonBytes;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            context.setInputStream(new Limited(context.getInputStream(), maxJsonBytes));
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
