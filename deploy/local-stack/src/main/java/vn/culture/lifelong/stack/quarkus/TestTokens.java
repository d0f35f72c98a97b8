package vn.culture.lifelong.stack.quarkus;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Signed access tokens shaped like the realm's (realm roles, {@code org_unit}) for services' own tests; the
 * key pair exists only in the test JVM. End-to-end tests use real Keycloak tokens instead.
 */
public final class TestTokens {

    public static final String ISSUER = "https://issuer.test/realms/lifelong";
    /** The audience the realm's clients put in their access tokens, which the services and the gateway require. */
    public static final String AUDIENCE = "lifelong-api";
    private static final String PRIVATE_KEY = "lifelong.test.token-private-key";
    private static final String PUBLIC_KEY = "lifelong.test.token-public-key";
    private static final String KEY_ID = "test-key";
    private static final KeyPair KEYS = generate();

    private TestTokens() {
    }

    public static String publicKey() {
        return Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded());
    }

    /** The public key as a realm publishes it (a JSON Web Key Set), for stand-ins of Keycloak. */
    public static String jwks() {
        RsaJsonWebKey key = new RsaJsonWebKey((RSAPublicKey) KEYS.getPublic());
        key.setKeyId(KEY_ID);
        key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
        key.setUse("sig");
        return new JsonWebKeySet(key).toJson();
    }

    /** A token for {@code username} of unit {@code orgUnit} holding the given realm roles, valid for 10 minutes. */
    public static String token(String username, String orgUnit, String... roles) {
        return sign(claims(username, orgUnit, roles, 600));
    }

    /** A token valid for {@code seconds} only, for what must end when a token expires. */
    public static String shortLivedToken(int seconds, String username, String orgUnit, String... roles) {
        return sign(claims(username, orgUnit, roles, seconds));
    }

    /** A token of a caller of {@code role} in unit {@code orgUnit} (user {@code role.orgUnit}), as most tests need. */
    public static String forRole(String role, String orgUnit) {
        return token(role + "." + orgUnit, orgUnit, role);
    }

    public static String expiredToken(String username, String orgUnit, String... roles) {
        return sign(claims(username, orgUnit, roles, -600));
    }

    private static JwtClaims claims(String username, String orgUnit, String[] roles, int secondsValid) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject(UUID.nameUUIDFromBytes(username.getBytes()).toString());
        claims.setClaim("preferred_username", username);
        claims.setClaim("org_unit", orgUnit);
        claims.setClaim("realm_access", java.util.Map.of("roles", List.of(roles)));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(secondsValid / 60f);
        claims.setGeneratedJwtId();
        return claims;
    }

    private static String sign(JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(KEYS.getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKeyIdHeaderValue(KEY_ID);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One key pair per JVM, although Quarkus loads this class in several class loaders: the pair is kept in
     * system properties, which they all share.
     */
    private static KeyPair generate() {
        synchronized (System.getProperties()) {
            try {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                if (System.getProperty(PRIVATE_KEY) == null) {
                    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                    generator.initialize(2048);
                    KeyPair pair = generator.generateKeyPair();
                    System.setProperty(PRIVATE_KEY, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
                    System.setProperty(PUBLIC_KEY, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
                }
                byte[] privateKey = Base64.getDecoder().decode(System.getProperty(PRIVATE_KEY));
                byte[] publicKey = Base64.getDecoder().decode(System.getProperty(PUBLIC_KEY));
                return new KeyPair(rsa.generatePublic(new X509EncodedKeySpec(publicKey)),
                        rsa.generatePrivate(new PKCS8EncodedKeySpec(privateKey)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
