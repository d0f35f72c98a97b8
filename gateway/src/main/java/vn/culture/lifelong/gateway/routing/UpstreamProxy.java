package vn.culture.lifelong.gateway.routing;

import io.smallrye.faulttolerance.api.TypedGuard;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.util.TypeLiteral;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;
import vn.culture.lifelong.gateway.config.GatewayConfig;
import vn.culture.lifelong.gateway.limits.BoundedBody;
import vn.culture.lifelong.gateway.problems.Problems;
import vn.culture.lifelong.gateway.problems.Problems.Problem;

/**
 * Streams requests to one service and its answers back (bodies are never buffered), behind a circuit breaker:
 * when the service keeps failing, callers get 503 at once instead of waiting; and a bulkhead: past so many
 * requests in hand, more are answered 503 at once rather than left to pile up in the service. A service that does
 * not answer within the idle timeout gets 504. A body streamed without its length is cut at the size limit (413).
 */
final class UpstreamProxy implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamProxy.class);
    static final String OPENAPI_PREFIX = "/openapi/";

    private final String name;
    private final HttpProxy proxy;
    private final TypedGuard<CompletionStage<ProxyResponse>> guard;
    private final Optional<ConsoleLogin> consoleLogin;
    private final long maximumBodyBytes;

    UpstreamProxy(String name, GatewayConfig.Upstream config, HttpClient client, Optional<ConsoleLogin> consoleLogin,
            long maximumBodyBytes) {
        this.name = name;
        this.consoleLogin = consoleLogin;
        this.maximumBodyBytes = maximumBodyBytes;
        URI url = config.url();
        SocketAddress origin = SocketAddress.inetSocketAddress(url.getPort(), url.getHost());
        RequestOptions options = new RequestOptions()
                .setServer(origin)
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(config.idleTimeout().toMillis());
        this.proxy = HttpProxy.reverseProxy(client)
                .originRequestProvider((request, httpClient) -> httpClient.request(new RequestOptions(options)))
                .addInterceptor(this);
        GatewayConfig.CircuitBreaker breaker = config.circuitBreaker();
        this.guard = TypedGuard.create(new TypeLiteral<CompletionStage<ProxyResponse>>() { })
                .withDescription("upstream " + name)
                .withCircuitBreaker()
                .name("upstream-" + name)
                .requestVolumeThreshold(breaker.requestVolumeThreshold())
                .failureRatio(breaker.failureRatio())
                .delay(breaker.delay().toMillis(), ChronoUnit.MILLIS)
                .skipOn(List.of(CallerGoneException.class, BodyTooLargeException.class, BulkheadException.class))
                .onStateChange(state -> LOG.infof("Circuit breaker of upstream %s is now %s", name, state))
                .done()
                // Past this many requests in hand (and as many waiting), the service is overloaded: 503 at once.
                .withBulkhead()
                .limit(config.maximumConcurrentRequests())
                .queueSize(config.maximumConcurrentRequests())
                .done()
                .withThreadOffload(false)
                .build();
    }

    void handle(HttpServerRequest request) {
        proxy.handle(request);
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        forwardOrigin(context);
        String uri = context.request().getURI();
        if (uri.startsWith(OPENAPI_PREFIX)) {
            context.request().setURI("/q/openapi?format=json");
        }
        Optional<BoundedBody> streamedBody = boundStreamedBody(context.request());
        HttpServerResponse callerResponse = context.request().proxiedRequest().response();
        CompletionStage<ProxyResponse> sent = guard.get(() -> context.sendRequest()
                .recover(failure -> Future.failedFuture(
                        streamedBody.filter(BoundedBody::exceeded).isPresent() ? new BodyTooLargeException(failure)
                                : callerResponse.closed() ? new CallerGoneException(failure)
                                : failure))
                .toCompletionStage());
        return Future.fromCompletionStage(sent).recover(failure -> Future.succeededFuture(unavailable(context, failure)));
    }

    /** OpenAPI documents are relayed with the console's login at the Keycloak this gateway trusts. */
    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        ProxyResponse response = context.response();
        if (consoleLogin.isEmpty() || !context.request().proxiedRequest().path().startsWith(OPENAPI_PREFIX)
                || response.getStatusCode() != 200) {
            return context.sendResponse();
        }
        Promise<Buffer> whole = Promise.promise();
        Buffer collected = Buffer.buffer();
        ReadStream<Buffer> body = response.getBody().stream();
        body.exceptionHandler(whole::tryFail).endHandler(end -> whole.tryComplete(collected)).handler(collected::appendBuffer);
        body.resume();
        return whole.future().compose(document -> {
            response.headers().remove("Content-Length");
            response.setBody(Body.body(consoleLogin.get().appliedTo(document.toJsonObject()).toBuffer()));
            return context.sendResponse();
        });
    }

    /**
     * A body whose length nobody announced (so RequestSizeLimits could not check it) is counted as it streams. Over
     * HTTP/2 such a body comes without Transfer-Encoding, which the proxy needs to send it on in chunks.
     */
    private Optional<BoundedBody> boundStreamedBody(ProxyRequest request) {
        Body body = request.getBody();
        HttpServerRequest incoming = request.proxiedRequest();
        boolean http2Body = incoming.version() == HttpVersion.HTTP_2 && !incoming.isEnded();
        if (body == null || body.length() >= 0 || !(http2Body || incoming.headers().contains("Transfer-Encoding"))) {
            return Optional.empty();
        }
        if (http2Body) {
            incoming.headers().set("Transfer-Encoding", "chunked");
        }
        BoundedBody bounded = new BoundedBody(body.stream(), maximumBodyBytes);
        request.setBody(Body.body(bounded, -1));
        return Optional.of(bounded);
    }

    /** The caller's body went past the limit: the caller's fault, not the service's. */
    static final class BodyTooLargeException extends RuntimeException {
        BodyTooLargeException(Throwable cause) {
            super("The request body is too large", cause, false, false);
        }
    }

    /** The caller hung up before the answer came: not the service's fault, and nobody is left to answer. */
    static final class CallerGoneException extends RuntimeException {
        CallerGoneException(Throwable cause) {
            super("The caller closed the connection", cause, false, false);
        }
    }

    /**
     * The gateway is the edge: what callers sent as X-Forwarded-* is replaced by what the gateway saw, so that
     * services build links (Location) to the gateway, not to themselves.
     */
    private static void forwardOrigin(ProxyContext context) {
        HttpServerRequest original = context.request().proxiedRequest();
        MultiMap headers = context.request().headers();
        headers.set("X-Forwarded-Proto", original.scheme());
        headers.set("X-Forwarded-Host", original.authority().toString());
        headers.set("X-Forwarded-For", original.remoteAddress().hostAddress());
        headers.remove("Forwarded");
    }

    private ProxyResponse unavailable(ProxyContext context, Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        HttpServerRequest request = context.request().proxiedRequest();
        if (cause instanceof BodyTooLargeException) {
            return context.request().response()
                    .setStatusCode(413)
                    .putHeader("Content-Type", Problems.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .setBody(Body.body(Problems.body(request, Problem.BODY_TOO_LARGE, maximumBodyBytes)));
        }
        // Vert.x reports an idle timeout as a TimeoutException; a refused or timed-out connection is not one.
        Problem problem = cause instanceof TimeoutException ? Problem.GATEWAY_TIMEOUT
                : cause instanceof BulkheadException ? Problem.SERVICE_OVERLOADED
                : Problem.SERVICE_UNAVAILABLE;
        boolean expected = cause instanceof CircuitBreakerOpenException || cause instanceof CallerGoneException
                || cause instanceof BulkheadException;
        if (!expected) {
            LOG.warnf("Upstream %s failed for %s %s: %s", name, context.request().getMethod(),
                    context.request().getURI(), cause.toString());
        }
        ProxyResponse answer = context.request().response()
                .setStatusCode(problem.status)
                .putHeader("Content-Type", Problems.MEDIA_TYPE)
                .setBody(Body.body(Problems.body(request, problem, name)));
        if (problem == Problem.SERVICE_OVERLOADED) {
            answer.putHeader("Retry-After", "1");
        }
        return answer;
    }
}
