package vn.culture.lifelong.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

/** Tokens an attacker makes out of a real one: its header and claims read, changed, signed again or not at all. */
final class ForgedTokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final KeyPair ATTACKERS_KEYS = generateKeys();

    private ForgedTokens() {
    }

    static ObjectNode header(String token) {
        return (ObjectNode) decode(token.split("\\.")[0]);
    }

    static ObjectNode claims(String token) {
        return (ObjectNode) decode(token.split("\\.")[1]);
    }

    /** {@code claims} signed RS256 by a key of the attacker's own, under the key id {@code keyId}. */
    static String signedWithAnotherKey(JsonNode claims, String keyId) {
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claims.toString());
        signature.setKey(ATTACKERS_KEYS.getPrivate());
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        signature.setKeyIdHeaderValue(keyId);
        return serialize(signature);
    }

    /**
     * {@code claims} signed HS256 with {@code secret} as the key: with the realm's public key as the secret, the old
     * confusion of verifiers that take the algorithm from the token.
     */
    static String signedWithHmac(JsonNode claims, byte[] secret, String keyId) {
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claims.toString());
        signature.setKey(new HmacKey(secret));
        signature.setDoKeyValidation(false);
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        signature.setKeyIdHeaderValue(keyId);
        return serialize(signature);
    }

    /** {@code claims} under the header {@code "alg": algorithm} and no signature at all. */
    static String unsigned(JsonNode claims, String algorithm) {
        ObjectNode header = JSON.createObjectNode().put("alg", algorithm).put("typ", "JWT");
        return encode(header) + "." + encode(claims) + ".";
    }

    /** The real token with its claims replaced and its signature kept. */
    static String withClaims(String token, JsonNode claims) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + encode(claims) + "." + parts[2];
    }

    static String encode(JsonNode json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode decode(String part) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(part));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String serialize(JsonWebSignature signature) {
        try {
            return signature.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generateKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
