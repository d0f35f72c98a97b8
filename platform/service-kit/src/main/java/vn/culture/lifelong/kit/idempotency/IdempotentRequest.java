package vn.culture.lifelong.kit.idempotency;

/**
 * A creating request that carried an {@code Idempotency-Key}: who sent it, the key, and a hash of its body.
 */
public record IdempotentRequest(String caller, String key, String requestHash) {
}
