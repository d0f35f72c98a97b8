package vn.culture.lifelong.kit.security;

import java.util.Optional;
import java.util.Set;

/**
 * Who is asking: their name for the record, their realm roles, and the code of their unit (the token's
 * {@code org_unit} claim), which scopes what they may touch.
 */
public record Caller(String name, Set<String> roles, Optional<String> orgUnit) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }
}
