package vn.culture.lifelong.kit.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request, from the access token: name, roles and the {@code org_unit} claim. */
@RequestScoped
public class Callers {

    private static final String ORG_UNIT_CLAIM = "org_unit";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Callers(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public Caller current() {
        Object orgUnit = token.getClaim(ORG_UNIT_CLAIM);
        return new Caller(identity.getPrincipal().getName(), identity.getRoles(),
                Optional.ofNullable(orgUnit).map(Object::toString).filter(code -> !code.isBlank()));
    }
}
