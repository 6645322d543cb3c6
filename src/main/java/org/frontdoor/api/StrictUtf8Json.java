package org.frontdoor.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * JSON bodies must be well-formed UTF-8. Jackson's own UTF-8 reader decodes some invalid sequences silently: an
 * overlong {@code C0 BC} became {@code <}, so a filter looking for {@code <} in the bytes and what was stored could
 * differ. Every JSON body is now decoded first with a strict decoder ({@link CodingErrorAction#REPORT}): overlong
 * forms, encoded surrogates, bytes that cannot start or continue a character, code points past U+10FFFF and a
 * truncated sequence are all refused with 400 naming the field the bad bytes are in. (Spring Boot's JSON converter is
 * replaced by this one; a body declaring another charset is read as it says.)
 */
@Configuration
class StrictUtf8Json {

    @Bean
    MappingJackson2HttpMessageConverter mappingJackson2HttpMessageConverter(ObjectMapper json) {
        return new Converter(json);
    }

    /** Thrown (as the cause of the unreadable-message exception) for invalid UTF-8 in a JSON body. */
    static final class InvalidUtf8 extends IOException {
        private final String field;

        InvalidUtf8(String field) {
            super("invalid UTF-8");
            this.field = field;
        }

        /** Where the bad bytes are, as a JSON path ("consent.reason", "children[0].ref"), or null when outside any field. */
        String field() {
            return field;
        }
    }

    static final class Converter extends MappingJackson2HttpMessageConverter {
        Converter(ObjectMapper json) {
            super(json);
        }

        @Override
        public Object read(Type type, Class<?> contextClass, HttpInputMessage input) throws IOException {
            return super.read(type, contextClass, checked(input));
        }

        @Override
        protected Object readInternal(Class<?> clazz, HttpInputMessage input) throws IOException {
            return super.readInternal(clazz, checked(input));
        }

        private HttpInputMessage checked(HttpInputMessage input) throws IOException {
            MediaType type = input.getHeaders().getContentType();
            Charset charset = type != null && type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8;
            if (!StandardCharsets.UTF_8.equals(charset)) {
                return input;
            }
            byte[] body;
            try {
                body = input.getBody().readAllBytes();
            } catch (IOException e) {
                throw new HttpMessageNotReadableException("The request body could not be read", e, input);
            }
            int bad = firstInvalidByte(body);
            if (bad >= 0) {
                throw new HttpMessageNotReadableException("The request body is not valid UTF-8", new InvalidUtf8(fieldAt(body, bad)), input);
            }
            return new HttpInputMessage() {
                @Override
                public InputStream getBody() {
                    return new ByteArrayInputStream(body);
                }

                @Override
                public HttpHeaders getHeaders() {
                    return input.getHeaders();
                }
            };
        }

        /** The offset of the first byte that is not part of well-formed UTF-8, or -1. */
        static int firstInvalidByte(byte[] body) {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(body);
            CharBuffer out = CharBuffer.allocate(8192);
            while (true) {
                CoderResult result = decoder.decode(in, out, true);
                if (result.isError()) {
                    return in.position();
                }
                if (result.isOverflow()) {
                    out.clear();
                    continue;
                }
                out.clear();
                result = decoder.flush(out);
                if (result.isError()) {
                    return in.position();
                }
                return -1;
            }
        }

        /** The JSON path at a byte offset: the text before it is parsed until it runs out, and where the parser stood is the field. */
        private String fieldAt(byte[] body, int offset) {
            String before = new String(body, 0, offset, StandardCharsets.UTF_8);
            JsonStreamContext context = null;
            try (JsonParser parser = getObjectMapper().getFactory().createParser(before)) {
                try {
                    while (parser.nextToken() != null) {
                        context = parser.getParsingContext();
                    }
                } catch (IOException endOfText) {
                    // the text stops at the bad bytes, usually inside a string
                }
                context = parser.getParsingContext();
            } catch (IOException e) {
                return null;
            }
            Deque<String> parts = new ArrayDeque<>();
            for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
                if (c.inArray()) {
                    parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
                } else if (c.getCurrentName() != null) {
                    parts.push(c.getCurrentName());
                }
            }
            StringBuilder path = new StringBuilder();
            for (String part : parts) {
                if (!path.isEmpty() && !part.startsWith("[")) {
                    path.append('.');
                }
                path.append(part);
            }
            return path.isEmpty() ? null : path.toString();
        }
    }
}
