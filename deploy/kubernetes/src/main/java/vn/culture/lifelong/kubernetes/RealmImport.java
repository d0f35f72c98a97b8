package vn.culture.lifelong.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Keycloak operator's {@code KeycloakRealmImport} of the realm file {@code deploy/keycloak/lifelong-realm.json},
 * made from it at every build so that the cluster's realm is never a copy that drifts. The file's environment
 * placeholders ({@code ${LIFELONG_…}}, which the local stack fills from its own secrets) are filled in the cluster
 * from the Secret {@value #SECRET}, one key per placeholder.
 */
public final class RealmImport {

    public static final String NAME = "lifelong-realm";
    public static final String SECRET = "lifelong-realm";
    /** The Keycloak custom resource the realm goes into (base/keycloak/keycloak.yaml). */
    public static final String KEYCLOAK = "keycloak";

    /** An environment placeholder: upper-case, unlike the realm's own message keys such as ${username}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");

    private RealmImport() {
    }

    public static ObjectNode of(JsonNode realm) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode resource = nodes.objectNode();
        resource.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        resource.put("kind", "KeycloakRealmImport");
        resource.putObject("metadata").put("name", NAME);
        ObjectNode spec = resource.putObject("spec");
        spec.put("keycloakCRName", KEYCLOAK);
        spec.set("realm", realm);
        ObjectNode placeholders = spec.putObject("placeholders");
        for (String name : placeholders(realm.toString())) {
            placeholders.putObject(name).putObject("secret").put("name", SECRET).put("key", name);
        }
        return resource;
    }

    /** The environment placeholders {@code text} holds, by name. */
    public static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
