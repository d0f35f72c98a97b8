package vn.culture.lifelong.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions the build chose (the pom is their single source), filtered into build.properties. */
final class BuildInfo {

    private static final Properties PROPERTIES = load();

    private BuildInfo() {
    }

    static String keycloakVersion() {
        return PROPERTIES.getProperty("keycloak.version");
    }

    private static Properties load() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
