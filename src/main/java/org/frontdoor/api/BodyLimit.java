package org.frontdoor.api;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.frontdoor.rules.RulesProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A size limit on JSON request bodies to the API ({@code frontdoor.api.max-body}, 256 KB: a contact with 20 children
 * and every field is under 20 KB). A declared Content-Length over the limit is refused before anything is read; a
 * body without one (chunked) is counted as it is read and refused when it passes the limit. Either way: 413
 * problem+json and nothing stored. The sandbox takes a whole DMN model inside its JSON, so it may send the model
 * size limit on top. Any other body to the API except multipart (a DMN file PUT as XML or bytes) may be as large as
 * one model ({@code frontdoor.rules.max-model-bytes}, 2 MB): without this a PUT of any size was read whole into
 * memory before UntrustedModels could refuse it. Multipart uploads (a DMN file or a zip of the set) are refused here
 * only by a declared length over {@code spring.servlet.multipart.max-request-size}; otherwise the multipart reader's
 * own limits apply.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodyLimit extends OncePerRequestFilter {
    private final long limit;
    private final long sandboxLimit;
    private final long modelLimit;
    private final ObjectMapper json;

    private final long multipartLimit;

    BodyLimit(@Value("${frontdoor.api.max-body:256KB}") DataSize limit, RulesProperties rules, ObjectMapper json,
              @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize multipartLimit) {
        this.limit = limit.toBytes();
        this.multipartLimit = multipartLimit.toBytes();
        this.sandboxLimit = limit.toBytes() + rules.maxModelBytes().toBytes() * 2;   // a model's XML escaped inside a JSON string
        this.modelLimit = Math.max(limit.toBytes(), rules.maxModelBytes().toBytes());
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !request.getRequestURI().startsWith("/api/");
    }

    private static boolean multipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    private static boolean json(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        return type.startsWith(MediaType.APPLICATION_JSON_VALUE) || type.contains("+json");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (multipart(request)) {
            // refused here by its declared length, before anything is read; a chunked one is counted by the multipart reader
            if (request.getContentLengthLong() > multipartLimit) {
                refuse(response, multipartLimit);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        long max = !json(request) ? modelLimit : request.getRequestURI().startsWith("/api/sandbox/") ? sandboxLimit : limit;
        if (request.getContentLengthLong() > max) {
            refuse(response, max);
            return;
        }
        Counted counted = new Counted(request, max);
        try {
            chain.doFilter(counted, response);
        } catch (ServletException | RuntimeException e) {
            if (!counted.exceeded || response.isCommitted()) {
                throw e;
            }
            response.reset();
            refuse(response, max);
        }
        if (counted.exceeded && !response.isCommitted()) {
            response.reset();
            refuse(response, max);
        }
    }

    private void refuse(HttpServletResponse response, long max) throws IOException {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "The request body is larger than the limit of " + (max / 1024) + " KB; nothing was stored.");
        p.setType(URI.create(ApiProblems.TYPES + "body-too-large"));
        p.setTitle("Request too large");
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader("Connection", "close");
        // with its length given, the client knows it has the whole answer even if the connection then ends abruptly
        // (the server stops reading the rest of the body)
        byte[] body = json.writeValueAsBytes(p);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** The request, with its body counted as it is read; reading past the limit fails. */
    private static final class Counted extends HttpServletRequestWrapper {
        private final long max;
        private boolean exceeded;
        private ServletInputStream stream;

        Counted(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int off, int len) throws IOException {
                        int n = in.read(buffer, off, len);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > max) {
                            exceeded = true;
                            throw new BodyTooLarge();
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }

    /** Thrown while reading a body past the limit; the filter answers 413 however the reader reported it. */
    static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super("request body over the limit");
        }
    }
}
