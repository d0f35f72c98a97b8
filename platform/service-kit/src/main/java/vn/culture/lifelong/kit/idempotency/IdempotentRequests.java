package vn.culture.lifelong.kit.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.culture.lifelong.kit.problem.InvalidRequestException;

/** Reads the {@code Idempotency-Key} header of a creating request into what the services need to honour it. */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern ACCEPTABLE = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public IdempotentRequests(SecurityIdentity identity, ObjectMapper json) {
        this.identity = identity;
        this.json = json;
    }

    /** Empty without a key; a key that is not 1 to 200 visible ASCII characters is refused (400). */
    public Optional<IdempotentRequest> of(String key, Object body) {
        if (key == null) {
            return Optional.empty();
        }
        if (!ACCEPTABLE.matcher(key).matches()) {
            throw new InvalidRequestException(HEADER, "header.idempotency-key.invalid");
        }
        return Optional.of(new IdempotentRequest(identity.getPrincipal().getName(), key, sha256(body)));
    }

    private String sha256(Object body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash the request body", e);
        }
    }
}
