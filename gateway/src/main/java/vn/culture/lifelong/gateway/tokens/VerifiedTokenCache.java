package vn.culture.lifelong.gateway.tokens;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.runtime.Startup;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.culture.lifelong.gateway.config.GatewayConfig;

/**
 * Quarkus OIDC's bearer token check, with a memory: a token verified once (signature, issuer, audience, expiry) is
 * known by the SHA-256 of its text until it expires, so the same caller's next requests cost a hash, not an RSA
 * signature check. Never past the token's expiry, nor longer than the configured maximum age, and bounded in size
 * (the least recently used go first). A token Keycloak revokes early stays usable here until then, as it does at
 * the services, which check signatures but never ask Keycloak either. Metrics: {@code gateway_bearer_tokens_total}
 * by {@code verification} (remembered or checked), and {@code gateway_bearer_tokens_remembered}, the cache's size.
 */
@Alternative
@Priority(1)
@ApplicationScoped
@Startup // so that its metrics are there before the first token
public class VerifiedTokenCache implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    private final OidcAuthenticationMechanism oidc;
    private final Duration maximumAge;
    private final Cache<String, Verified> verified;
    private final Counter remembered;
    private final Counter checked;

    /** The identity a token proved, and until when it holds. */
    private record Verified(SecurityIdentity identity, Instant until) {
    }

    VerifiedTokenCache(OidcAuthenticationMechanism oidc, GatewayConfig config, MeterRegistry registry) {
        this.oidc = oidc;
        this.maximumAge = config.tokenCache().maximumAge();
        this.verified = Caffeine.newBuilder()
                .maximumSize(config.tokenCache().maximumSize())
                .expireAfter(Expiry.creating((String key, Verified entry) -> Duration.between(Instant.now(), entry.until())))
                .build();
        this.remembered = registry.counter("gateway.bearer.tokens", "verification", "remembered");
        this.checked = registry.counter("gateway.bearer.tokens", "verification", "checked");
        Gauge.builder("gateway.bearer.tokens.remembered", verified::estimatedSize).register(registry);
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String authorization = context.request().getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return oidc.authenticate(context, identityProviderManager);
        }
        String key = sha256(authorization.substring(BEARER.length()).strip());
        Verified known = verified.getIfPresent(key);
        if (known != null) {
            remembered.increment();
            return Uni.createFrom().item(known.identity());
        }
        checked.increment();
        return oidc.authenticate(context, identityProviderManager).map(identity -> remember(key, identity));
    }

    /** The caller as the gateway knows it from now on, remembered until its token expires. */
    private SecurityIdentity remember(String key, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return identity;
        }
        SecurityIdentity caller = callerOf(token, identity);
        Instant expires = Instant.ofEpochSecond(token.getExpirationTime());
        Instant oldest = Instant.now().plus(maximumAge);
        Instant until = expires.isBefore(oldest) ? expires : oldest;
        if (until.isAfter(Instant.now())) {
            verified.put(key, new Verified(caller, until));
        }
        return caller;
    }

    /**
     * What the gateway needs of a caller: who it is, named by the client the token was issued to and the user it
     * speaks for ({@code azp} and {@code sub}: the principal's name), and its roles. Not OIDC's identity, which holds
     * the token, its claims and the request it was made for: a few kilobytes each, which must not be kept alive nor
     * handed to another request.
     */
    private static SecurityIdentity callerOf(JsonWebToken token, SecurityIdentity identity) {
        String name = token.<String>getClaim("azp") + " " + token.getSubject();
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(name))
                .addRoles(identity.getRoles())
                .build();
    }

    private static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return oidc.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return oidc.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return oidc.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return oidc.getPriority();
    }
}
