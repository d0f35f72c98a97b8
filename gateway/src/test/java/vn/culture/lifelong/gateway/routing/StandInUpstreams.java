package vn.culture.lifelong.gateway.routing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.NetServer;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import vn.culture.lifelong.stack.quarkus.TestTokens;

/**
 * Servers standing in for the services, each with one behaviour: "plans" echoes what reached it, "events"
 * answers too late, "reporting" accepts connections and drops them (and counts them).
 */
public class StandInUpstreams implements QuarkusTestResourceLifecycleManager {

    static final AtomicInteger DROPPED_CONNECTIONS = new AtomicInteger();
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer echo = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            JsonObject seen = new JsonObject()
                    .put("method", request.method().name())
                    .put("uri", request.uri())
                    .put("requestId", request.getHeader("X-Request-Id"))
                    .put("forwardedHost", request.getHeader("X-Forwarded-Host"))
                    .put("authorization", request.getHeader("Authorization"))
                    .put("bodyLength", body.length());
            request.response().putHeader("Content-Type", "application/json").end(seen.encode());
        }));
        HttpServer slow = vertx.createHttpServer().requestHandler(request ->
                vertx.setTimer(3_000, tick -> request.response().end("too late")));
        NetServer dropping = vertx.createNetServer().connectHandler(socket -> {
            DROPPED_CONNECTIONS.incrementAndGet();
            socket.close();
        });
        try {
            int echoPort = echo.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
            int slowPort = slow.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
            int droppingPort = dropping.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
            return Map.of(
                    "gateway.upstreams.plans.url", "http://127.0.0.1:" + echoPort,
                    "gateway.upstreams.events.url", "http://127.0.0.1:" + slowPort,
                    "gateway.upstreams.events.idle-timeout", "PT0.5S",
                    "gateway.upstreams.reporting.url", "http://127.0.0.1:" + droppingPort,
                    "gateway.upstreams.reporting.circuit-breaker.delay", "PT30S",
                    "quarkus.oidc.public-key", TestTokens.publicKey(),
                    "quarkus.oidc.token.issuer", TestTokens.ISSUER);
        } catch (Exception e) {
            throw new IllegalStateException("Stand-in upstreams did not start", e);
        }
    }

    @Override
    public void stop() {
        vertx.close();
    }
}
