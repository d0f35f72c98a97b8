package vn.culture.lifelong.kit.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import vn.culture.lifelong.kit.problem.Problem;

/**
 * What every service's OpenAPI document says the same way, written once: how to log in (the {@value #SECURITY_SCHEME}
 * scheme: Keycloak's authorization-code flow, the only one the console may use), that every secured operation may
 * answer 401 and 403, and that every error answer is a {@code Problem} in {@code application/problem+json}. Each
 * operation documents its own success and error answers; this adds the problem body to them.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ApiDocumentation implements OASFilter {

    /** The name resources use in {@code @SecurityRequirement}. */
    public static final String SECURITY_SCHEME = "keycloak";
    private static final String PROBLEM = "Problem";
    private static final String FIELD_ERROR = "FieldError";
    /** Where the realm is when the service is not told (the run command's Keycloak); the gateway relays the real one. */
    private static final String DEFAULT_REALM = "http://127.0.0.1:8180/realms/lifelong";

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(OASFactory.createComponents());
        }
        Components components = openApi.getComponents();
        components.addSchema(FIELD_ERROR, fieldErrorSchema());
        components.addSchema(PROBLEM, problemSchema());
        components.addSecurityScheme(SECURITY_SCHEME, keycloak(realmUrl()));
        if (openApi.getPaths() == null) {
            return;
        }
        for (PathItem path : openApi.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                documentAnswers(operation);
            }
        }
    }

    private static void documentAnswers(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            addIfMissing(responses, "401", "No valid access token");
            addIfMissing(responses, "403", "The caller's roles or unit do not allow this");
        }
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                response.getValue().setContent(problemContent());
            }
        }
    }

    private static void addIfMissing(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    /** The shape of {@link Problem}, which a test keeps in step with the record. */
    static Schema problemSchema() {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("An error answer (RFC 9457); errors name the request fields at fault")
                .addProperty("type", text("/problems/validation"))
                .addProperty("title", text("Yêu cầu không hợp lệ"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                        .examples(List.of(400)))
                .addProperty("detail", text("Một số trường không hợp lệ; xem danh sách lỗi."))
                .addProperty("instance", text("/api/plans/units"))
                .addProperty("requestId", text("5b0c4e1e-8a43-4d7e-a3a5-0f3c2d1e9b7a"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref(FIELD_ERROR)));
    }

    static Schema fieldErrorSchema() {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", text("name"))
                .addProperty("message", text("không được để trống"));
    }

    private static Schema text(String example) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                .examples(List.of(example));
    }

    /** Keycloak's authorization-code flow (the console adds PKCE); the gateway relays it with its own realm's URLs. */
    static SecurityScheme keycloak(String realmUrl) {
        OAuthFlow authorizationCode = OASFactory.createOAuthFlow()
                .authorizationUrl(realmUrl + "/protocol/openid-connect/auth")
                .tokenUrl(realmUrl + "/protocol/openid-connect/token")
                .scopes(Map.of("openid", "OpenID Connect sign-in"));
        return OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("Keycloak, realm lifelong: sign in with the authorization-code flow (PKCE)")
                .flows(OASFactory.createOAuthFlows().authorizationCode(authorizationCode));
    }

    private static String realmUrl() {
        Optional<String> configured = ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.auth-server-url", String.class);
        return configured.map(url -> url.replaceAll("/+$", "")).orElse(DEFAULT_REALM);
    }
}
