package vn.culture.lifelong.gateway.limits;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body streamed without an announced length, counted as it passes: past the limit it fails instead of
 * delivering more, so that the proxy resets the request to the service and the caller can be answered 413.
 */
public final class BoundedBody implements ReadStream<Buffer> {

    private final ReadStream<Buffer> source;
    private final long maximumBytes;
    private long bytesSeen;
    private boolean exceeded;
    private Handler<Throwable> exceptionHandler;

    public BoundedBody(ReadStream<Buffer> source, long maximumBytes) {
        this.source = source;
        this.maximumBytes = maximumBytes;
    }

    /** Whether the body went past the limit (and was cut). */
    public boolean exceeded() {
        return exceeded;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        source.handler(handler == null ? null : buffer -> {
            if (exceeded) {
                return;
            }
            bytesSeen += buffer.length();
            if (bytesSeen <= maximumBytes) {
                handler.handle(buffer);
                return;
            }
            exceeded = true;
            if (exceptionHandler != null) {
                exceptionHandler.handle(new IllegalStateException("The request body exceeds " + maximumBytes + " bytes"));
            }
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        exceptionHandler = handler;
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        source.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        source.endHandler(endHandler);
        return this;
    }
}
