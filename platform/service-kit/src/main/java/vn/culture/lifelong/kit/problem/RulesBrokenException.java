package vn.culture.lifelong.kit.problem;

import java.util.List;

/**
 * A request that is well formed but breaks rules of the domain (HTTP 422), with every rule it breaks, so that
 * the caller can mend them all at once. {@code detailKey} names the summary users see.
 */
public class RulesBrokenException extends RuntimeException {

    /** At most this many are answered; a bulk request with more broken rows gets the first ones. */
    private static final int MAX_VIOLATIONS = 100;

    private final String detailKey;
    private final transient List<Violation> violations;

    public RulesBrokenException(String detailKey, List<Violation> violations) {
        super(violations.size() + " rule(s) broken, first: " + violations.get(0));
        this.detailKey = detailKey;
        this.violations = List.copyOf(violations.subList(0, Math.min(violations.size(), MAX_VIOLATIONS)));
    }

    public RulesBrokenException(List<Violation> violations) {
        this("problem.rules.detail", violations);
    }

    public String detailKey() {
        return detailKey;
    }

    public List<Violation> violations() {
        return violations;
    }
}
