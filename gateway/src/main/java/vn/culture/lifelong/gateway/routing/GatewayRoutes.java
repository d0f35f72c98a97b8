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
import vn.culture.lifelong.gateway.limits.RateLimiter;
import vn.culture.lifelong.gateway.limits.RouteClass;
import vn.culture.lifelong.gateway.problems.Problems;
import vn.culture.lifelong.gateway.problems.Problems.Problem;

/**
 * The gateway's routes: each service's path prefix, streamed to it unchanged (Authorization header included,
 * since every service validates the token again), and {@code /openapi/NAME} for the console.
 */
public class GatewayRoutes {

    /** The public calendar: read by anyone, without a token. Nothing else under /api is. */
    static final String PUBLIC_PREFIX = "/api/events/public/";

    void register(@Observes Router router, Vertx vertx, GatewayConfig config, RateLimiter rateLimiter,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> realmUrl) {
        HttpClient client = vertx.createHttpClient(
                new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true),
                new PoolOptions().setHttp1MaxSize(100));
        router.route("/api/*").handler(GatewayRoutes::requireSignedIn);
        router.route("/api/*").handler(context -> rateLimiter.admit(context, routeClass(context)));
        router.route().failureHandler(GatewayRoutes::rejectBadToken);
        Optional<ConsoleLogin> consoleLogin = config.consoleRealmUrl().or(() -> realmUrl).map(ConsoleLogin::new);
        config.upstreams().forEach((name, upstream) -> {
            UpstreamProxy proxy = new UpstreamProxy(name, upstream, client, consoleLogin,
                    config.requestLimits().maximumBodyBytes());
            router.route(upstream.pathPrefix()).handler(context -> proxy.handle(context.request()));
            router.route(upstream.pathPrefix() + "/*").handler(context -> proxy.handle(context.request()));
            router.get(UpstreamProxy.OPENAPI_PREFIX + name).handler(context -> proxy.handle(context.request()));
        });
        router.route("/api/*").last().handler(context -> Problems.answer(context, Problem.NOT_FOUND, null));
    }

    /**
     * Reading the public calendar, the one thing anyone may do without a token. The path is read normalized
     * ({@code ..} resolved), so that no path reaches another route through the public one.
     */
    private static boolean readsPublicCalendar(RoutingContext context) {
        return context.request().method() == HttpMethod.GET && context.normalizedPath().startsWith(PUBLIC_PREFIX);
    }

    private static RouteClass routeClass(RoutingContext context) {
        if (readsPublicCalendar(context)) {
            return RouteClass.PUBLIC_CALENDAR;
        }
        HttpMethod method = context.request().method();
        boolean reads = method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS;
        return reads ? RouteClass.READS : RouteClass.WRITES;
    }

    /**
     * Quarkus has already validated any bearer token (proactive authentication); here its absence is refused, but for
     * reading the public calendar.
     */
    private static void requireSignedIn(RoutingContext context) {
        if (readsPublicCalendar(context)
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
        context.response().putHeader("WWW-Authenticate", "Bearer");
        Problems.answer(context, Problem.UNAUTHENTICATED, null);
    }
}
