package vn.culture.lifelong.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** A user's Keycloak access token for a long run: fetched again well before the realm's five minutes are up. */
final class RefreshingToken implements Supplier<String> {

    private static final Duration RENEW_AFTER = Duration.ofMinutes(2);

    private final String username;
    private String token;
    private Instant fetched = Instant.MIN;

    RefreshingToken(String username) {
        this.username = username;
    }

    @Override
    public synchronized String get() {
        if (Instant.now().isAfter(fetched.plus(RENEW_AFTER))) {
            token = Keycloak.userToken(username);
            fetched = Instant.now();
        }
        return token;
    }
}
