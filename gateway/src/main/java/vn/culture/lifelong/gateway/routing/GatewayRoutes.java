package vn.culture.lifelong.gateway.routing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import vn.culture.lifelong.gateway.config.GatewayConfig;

/**
 * The gateway's routes: each service's path prefix, streamed to it unchanged (Authorization header included,
 * since every service validates the token again), and {@code /openapi/NAME} for the console.
 */
public class GatewayRoutes {

    void register(@Observes Router router, Vertx vertx, GatewayConfig config) {
        HttpClient client = vertx.createHttpClient(
                new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true),
                new PoolOptions().setHttp1MaxSize(100));
        config.upstreams().forEach((name, upstream) -> {
            UpstreamProxy proxy = new UpstreamProxy(name, upstream, client);
            router.route(upstream.pathPrefix()).handler(context -> proxy.handle(context.request()));
            router.route(upstream.pathPrefix() + "/*").handler(context -> proxy.handle(context.request()));
            router.get(UpstreamProxy.OPENAPI_PREFIX + name).handler(context -> proxy.handle(context.request()));
        });
    }
}
