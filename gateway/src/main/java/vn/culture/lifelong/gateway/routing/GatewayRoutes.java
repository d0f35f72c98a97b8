package vn.culture.lifelong.gateway.routing;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.culture.lifelong.gateway.config.GatewayConfig;

/**
 * The gateway's routes: each service's path prefix, streamed to it unchanged (Authorization header included,
 * since every service validates the token again), and {@code /openapi/NAME} for the console.
 */
public class GatewayRoutes {

    /** The public calendar: read by anyone, without a token. Nothing else under /api is. */
    static final String PUBLIC_PREFIX = "/api/events/public/";

    void register(@Observes Router router, Vertx vertx, GatewayConfig config,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> realmUrl) {
        HttpClient client = vertx.createHttpClient(
                new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true),
                new PoolOptions().setHttp1MaxSize(100));
        router.route("/api/*").handler(GatewayRoutes::requireSignedIn);
        router.route().failureHandler(GatewayRoutes::rejectBadToken);
        Optional<ConsoleLogin> consoleLogin = realmUrl.map(ConsoleLogin::new);
        config.upstreams().forEach((name, upstream) -> {
            UpstreamProxy proxy = new UpstreamProxy(name, upstream, client, consoleLogin);
            router.route(upstream.pathPrefix()).handler(context -> proxy.handle(context.request()));
            router.route(upstream.pathPrefix() + "/*").handler(context -> proxy.handle(context.request()));
            router.get(UpstreamProxy.OPENAPI_PREFIX + name).handler(context -> proxy.handle(context.request()));
        });
        router.route("/api/*").last().handler(context -> context.response()
                .setStatusCode(404)
                .putHeader("Content-Type", Problems.MEDIA_TYPE)
                .end(Problems.body(context.request(), 404, null)));
    }

    /**
     * Quarkus has already validated any bearer token (proactive authentication); here its absence is refused, but for
     * reading the public calendar. The path is read normalized ({@code ..} resolved), so that no path reaches another
     * route through the public one.
     */
    private static void requireSignedIn(RoutingContext context) {
        boolean readsPublicCalendar = context.request().method() == HttpMethod.GET
                && context.normalizedPath().startsWith(PUBLIC_PREFIX);
        if (readsPublicCalendar
                || context.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
            context.next();
        } else {
            unauthenticated(context);
        }
    }

    /** A token that is expired, forged or otherwise invalid. */
    private static void rejectBadToken(RoutingContext context) {
        if (context.failure() instanceof AuthenticationFailedException) {
            unauthenticated(context);
        } else {
            context.next();
        }
    }

    private static void unauthenticated(RoutingContext context) {
        context.response()
                .setStatusCode(401)
                .putHeader("WWW-Authenticate", "Bearer")
                .putHeader("Content-Type", Problems.MEDIA_TYPE)
                .end(Problems.body(context.request(), 401, null));
    }
}
