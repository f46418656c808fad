package org.rehabplan.api;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Tells whether the client of an asynchronous API request is still connected, without writing to it. The Servlet API
 * has no "client went away" event, and a blocked request thread never notices. In async mode with a read listener,
 * though, {@link ServletInputStream#available()} reads from the connection without blocking: once the request body
 * has been read, the only thing that can arrive is the client closing the connection (Tomcat then reports data
 * "available", so that the read fails). A client must not pipeline a request behind a generate call (RFC 9112
 * §9.3.2); one that does is treated as gone.
 */
final class ClientConnection {

    private static final ReadListener BODY_ALREADY_READ = new ReadListener() {
        @Override
        public void onDataAvailable() {
        }

        @Override
        public void onAllDataRead() {
        }

        @Override
        public void onError(Throwable t) {
        }
    };

    private final ServletRequest request;
    private ServletInputStream in;

    private ClientConnection(ServletRequest request) {
        this.request = request;
    }

    /** The connection of {@code request}: the container's own request, under any filter's wrapper. */
    static ClientConnection of(HttpServletRequest request) {
        ServletRequest raw = request;
        while (raw instanceof ServletRequestWrapper wrapper) {
            raw = wrapper.getRequest();
        }
        return new ClientConnection(raw);
    }

    /** Starts watching; call once async processing has started. Where the container can't tell, never "gone". */
    void watch() {
        try {
            ServletInputStream stream = request.getInputStream();
            stream.setReadListener(BODY_ALREADY_READ);
            in = stream;
        } catch (IOException | IllegalStateException | UnsupportedOperationException e) {
            in = null; // read as text, not async, or a test double: nothing to watch
        }
    }

    /** Whether the client closed the connection (or sent something no well-behaved client sends here). */
    boolean gone() {
        if (in == null) {
            return false;
        }
        try {
            return in.available() > 0;
        } catch (IOException e) {
            return true;
        } catch (RuntimeException e) {
            return false; // the request is over already
        }
    }
}
