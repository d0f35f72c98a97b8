package vn.culture.lifelong.gateway.routing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.NetServer;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import vn.culture.lifelong.gateway.StandInRealm;
import vn.culture.lifelong.stack.quarkus.TestTokens;

/**
 * Servers standing in for the services, each with one behaviour: "plans" echoes what reached it (and serves an
 * OpenAPI document naming a Keycloak other than the gateway's), "events" answers too late, "reporting" accepts
 * connections and drops them (and counts them); and one standing in for Keycloak, serving the realm's metadata
 * and the key that signs {@link TestTokens}.
 */
public class StandInUpstreams implements QuarkusTestResourceLifecycleManager {

    static final AtomicInteger DROPPED_CONNECTIONS = new AtomicInteger();
    /** What plans-service's OpenAPI document says: a Keycloak that is not the one the gateway trusts. */
    static final String SERVICES_OWN_REALM = "http://keycloak.elsewhere.test/realms/lifelong";
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer echo = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            if (request.path().equals("/q/openapi")) {
                request.response().putHeader("Content-Type", "application/json").end(openApiDocument().encode());
                return;
            }
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
        HttpServer keycloak = vertx.createHttpServer();
        try {
            int echoPort = echo.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
            int slowPort = slow.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
            int droppingPort = dropping.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
            String realm = "http://127.0.0.1:" + keycloak.requestHandler(StandInRealm::serve)
                    .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort()
                    + StandInRealm.PATH;
            return Map.of(
                    "gateway.upstreams.plans.url", "http://127.0.0.1:" + echoPort,
                    "gateway.upstreams.events.url", "http://127.0.0.1:" + slowPort,
                    "gateway.upstreams.events.idle-timeout", "PT0.5S",
                    "gateway.upstreams.reporting.url", "http://127.0.0.1:" + droppingPort,
                    "gateway.upstreams.reporting.circuit-breaker.delay", "PT30S",
                    "quarkus.oidc.auth-server-url", realm);
        } catch (Exception e) {
            throw new IllegalStateException("Stand-in upstreams did not start", e);
        }
    }

    /** Shaped like the services' documents: one OAuth 2 scheme with the authorization code flow only. */
    private static JsonObject openApiDocument() {
        JsonObject authorizationCode = new JsonObject()
                .put("authorizationUrl", SERVICES_OWN_REALM + "/protocol/openid-connect/auth")
                .put("tokenUrl", SERVICES_OWN_REALM + "/protocol/openid-connect/token")
                .put("scopes", new JsonObject().put("openid", "OpenID Connect"));
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", "plans-service").put("version", "1.0"))
                .put("paths", new JsonObject().put("/api/plans/units", new JsonObject().put("get", new JsonObject()
                        .put("responses", new JsonObject().put("200", new JsonObject().put("description", "OK"))))))
                .put("components", new JsonObject().put("securitySchemes", new JsonObject().put("keycloak", new JsonObject()
                        .put("type", "oauth2")
                        .put("flows", new JsonObject().put("authorizationCode", authorizationCode)))))
                .put("security", new JsonArray().add(new JsonObject().put("keycloak", new JsonArray().add("openid"))));
    }

    @Override
    public void stop() {
        vertx.close();
    }
}
