package vn.culture.lifelong.stack.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.Map;

/**
 * For a service's {@code @QuarkusTest}: a real PostgreSQL (embedded binaries) with its own database, a real
 * Kafka broker in this JVM, both on free ports, and the public key of {@link TestTokens} so that the service
 * validates signed bearer tokens exactly as it does Keycloak's. The servers are shared by the JVM's tests and
 * stopped when they end ({@link ServiceTestServers}).
 */
public class ServiceTestInfrastructure implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Map<String, String> configuration = new HashMap<>(serversOfThisJvm());
        configuration.put("quarkus.oidc.public-key", TestTokens.publicKey());
        configuration.put("quarkus.oidc.token.issuer", TestTokens.ISSUER);
        return configuration;
    }

    /** Through the system class loader's copy of {@link ServiceTestServers}: the one copy every start shares. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> serversOfThisJvm() {
        try {
            Class<?> servers = Class.forName(ServiceTestServers.class.getName(), true, ClassLoader.getSystemClassLoader());
            return (Map<String, String>) servers.getMethod("startOnce").invoke(null);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The system class loader does not see " + ServiceTestServers.class, e);
        }
    }

    @Override
    public void stop() {
        // Kept for the whole test JVM: its test classes share them; they stop when the tests end.
    }
}
