package vn.culture.lifelong.plans.service;

import java.util.List;
import vn.culture.lifelong.plans.domain.Violation;

/** A document that is well formed but breaks rules of the domain (HTTP 422), with every rule it breaks. */
public class DocumentRejectedException extends RuntimeException {

    private final transient List<Violation> violations;

    public DocumentRejectedException(List<Violation> violations) {
        super(violations.size() + " rule(s) broken, first: " + violations.get(0));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
