package vn.culture.lifelong.gateway.health;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import vn.culture.lifelong.gateway.StandInRealm;
import vn.culture.lifelong.stack.FreePorts;
import vn.culture.lifelong.stack.quarkus.TestTokens;

/**
 * Stands in for the Keycloak the gateway trusts: answers 503 (starting) until {@link #SERVING} is set, then the
 * realm's discovery document and its keys, those of {@link TestTokens}. The services behind the gateway are
 * absent (free ports nobody listens on).
 */
public class StandInKeycloak implements QuarkusTestResourceLifecycleManager {

    static final AtomicBoolean SERVING = new AtomicBoolean();
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer keycloak = vertx.createHttpServer().requestHandler(request -> {
            if (SERVING.get()) {
                StandInRealm.serve(request);
            } else {
                request.response().setStatusCode(503).end();
            }
        });
        try {
            int port = keycloak.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
            return Map.of(
                    "quarkus.oidc.auth-server-url", "http://127.0.0.1:" + port + StandInRealm.PATH,
                    "gateway.upstreams.plans.url", "http://127.0.0.1:" + FreePorts.pick(),
                    "gateway.upstreams.reporting.url", "http://127.0.0.1:" + FreePorts.pick(),
                    "gateway.upstreams.events.url", "http://127.0.0.1:" + FreePorts.pick());
        } catch (Exception e) {
            throw new IllegalStateException("The stand-in Keycloak did not start", e);
        }
    }

    @Override
    public void stop() {
        vertx.close();
    }
}
