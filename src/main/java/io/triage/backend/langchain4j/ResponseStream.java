package io.triage.backend.langchain4j;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A streamed response body as a blocking {@link InputStream} for the calling virtual thread: the
 * event loop queues each received buffer, the reader takes them; the response is paused while
 * too much waits unread. Interrupting the reader resets the exchange.
 */
final class ResponseStream extends InputStream {

    private static final int PAUSE_AT = 64;
    private static final Object END = new Object();

    private final HttpClientRequest request;
    private final HttpClientResponse response;
    private final LinkedBlockingQueue<Object> pieces = new LinkedBlockingQueue<>();
    private Buffer current;
    private int position;
    private boolean ended;
    private Throwable failure;
    private boolean paused;

    ResponseStream(HttpClientRequest request, HttpClientResponse response) {
        this.request = request;
        this.response = response;
        response.handler(buffer -> {
            pieces.add(buffer);
            if (pieces.size() >= PAUSE_AT) {
                pauseSource();
            }
        });
        response.exceptionHandler(pieces::add);
        response.endHandler(ignored -> pieces.add(END));
    }

    /** The failure that ended the stream, if it did not end cleanly. */
    Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (!fill()) {
            return -1;
        }
        int count = Math.min(length, current.length() - position);
        current.getBytes(position, position + count, into, offset);
        position += count;
        return count;
    }

    private boolean fill() throws IOException {
        while (!ended && (current == null || position >= current.length())) {
            Object next;
            try {
                next = pieces.take();
            } catch (InterruptedException e) {
                request.reset();
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted: the call's deadline passed");
            }
            if (pieces.size() < PAUSE_AT / 2) {
                resumeSource();
            }
            if (next == END) {
                ended = true;
            } else if (next instanceof Throwable t) {
                failure = t;
                ended = true;
                throw new IOException("the stream broke: " + t.getMessage(), t);
            } else {
                current = (Buffer) next;
                position = 0;
            }
        }
        return !ended || (current != null && position < current.length());
    }

    private synchronized void pauseSource() {
        if (!paused) {
            paused = true;
            response.pause();
        }
    }

    private synchronized void resumeSource() {
        if (paused) {
            paused = false;
            response.resume();
        }
    }

    @Override
    public void close() {
        if (!ended) {
            request.reset();
        }
    }
}
