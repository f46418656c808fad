package org.rehabplan.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.rehabplan.base.i18n.Wording;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Before anything reads an API request body: at most {@code rehabplan.api.max-body-size} (413 otherwise, also for
 * chunked bodies without a length) and, when there is a body, it must say it is JSON (415).
 */
@Configuration
class ApiRequestLimits {

    @Bean
    FilterRegistrationBean<BodyLimitFilter> apiBodyLimit(
            @Value("${rehabplan.api.max-body-size:256KB}") DataSize maxBody, MessageSource messages,
            LocaleResolver languages) {
        var registration = new FilterRegistrationBean<>(new BodyLimitFilter(maxBody.toBytes(), messages, languages));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** The filter answers before Spring MVC sees the request; its words follow the same Accept-Language rule. */
    static final class BodyLimitFilter extends OncePerRequestFilter {
        private final long max;
        private final MessageSource messages;
        private final LocaleResolver languages;

        BodyLimitFilter(long max, MessageSource messages, LocaleResolver languages) {
            this.max = max;
            this.messages = messages;
            this.languages = languages;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long length = request.getContentLengthLong();
            boolean chunked = "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
            if (length > max) {
                refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, Wording.of("api.body.tooLarge",
                        "kb", max / 1024).in(messages, languages.resolveLocale(request)));
                return;
            }
            if ((length > 0 || chunked) && !isJson(request.getContentType())) {
                refuse(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                        Wording.of("api.body.notJsonType").in(messages, languages.resolveLocale(request)));
                return;
            }
            chain.doFilter(length < 0 && chunked ? new Capped(request, max) : request, response);
        }

        private static boolean isJson(String contentType) {
            try {
                return contentType != null && MediaType.APPLICATION_JSON.includes(MediaType.parseMediaType(contentType));
            } catch (org.springframework.util.InvalidMimeTypeException e) {
                return false;
            }
        }

        private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
            response.setStatus(status);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            String quoted = message.replace("\\", "\\\\").replace("\"", "\\\"");
            response.getWriter().write("{\"message\":\"" + quoted + "\",\"errors\":[]}");
        }
    }

    /** A body without a declared length is cut off (read fails, answered 400) once it passes the limit. */
    private static final class Capped extends HttpServletRequestWrapper {
        private final long max;

        Capped(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > max) {
                        throw new IOException("request body over " + max + " bytes");
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0 && (read += n) > max) {
                        throw new IOException("request body over " + max + " bytes");
                    }
                    return n;
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
    }
}
