package vn.culture.lifelong.kubernetes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Kubernetes API's own kinds, read strictly with Fabric8's model of them: a value of the wrong type is refused
 * (no "2" for a number), and so is any field the API does not have, which the model would otherwise keep aside.
 */
final class BuiltInKinds {

    private static final Map<String, Class<?>> TYPES = Map.of(
            "v1 ConfigMap", ConfigMap.class,
            "v1 Service", Service.class,
            "apps/v1 Deployment", Deployment.class,
            "policy/v1 PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2 HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "networking.k8s.io/v1 Ingress", Ingress.class,
            "networking.k8s.io/v1 NetworkPolicy", NetworkPolicy.class);

    private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";

    private final ObjectMapper strictMapper = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    Optional<Class<?>> typeOf(JsonNode object) {
        return Optional.ofNullable(TYPES.get(object.path("apiVersion").asText() + " " + object.path("kind").asText()));
    }

    /** What is wrong with {@code node} as a {@code type}: unreadable values, unknown fields (by path). */
    List<String> problems(Class<?> type, JsonNode node) {
        Object read;
        try {
            read = strictMapper.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            return List.of(e.getOriginalMessage());
        }
        List<String> problems = new ArrayList<>();
        collectUnknownFields(read, type.getSimpleName(), problems);
        return problems;
    }

    /** Object metadata, which the operators' schemas leave to the API server. */
    List<String> metadataProblems(JsonNode object) {
        return problems(ObjectMeta.class, object.path("metadata"));
    }

    private static void collectUnknownFields(Object value, String path, List<String> problems) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collectUnknownFields(list.get(i), path + "[" + i + "]", problems);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> collectUnknownFields(child, path + "." + key, problems));
        } else if (value != null && value.getClass().getName().startsWith(MODEL_PACKAGE)) {
            for (Method getter : value.getClass().getMethods()) {
                if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get")
                        || getter.getDeclaringClass() == Object.class) {
                    continue;
                }
                Object child = invoke(getter, value);
                if (getter.getName().equals("getAdditionalProperties")) {
                    if (child instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                        problems.add(path + ": unknown field(s) " + unknown.keySet());
                    }
                } else {
                    String field = getter.getName().substring(3);
                    collectUnknownFields(child, path + "." + Character.toLowerCase(field.charAt(0)) + field.substring(1),
                            problems);
                }
            }
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(getter + " of " + target.getClass(), e);
        }
    }
}
