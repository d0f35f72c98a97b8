package vn.culture.lifelong.kit.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.kit.problem.Problem;

class ApiDocumentationTest {

    private static String[] componentsOf(Class<? extends Record> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toArray(String[]::new);
    }

    @Test
    void theProblemSchemaHasTheFieldsOfTheProblemAnswered() {
        assertThat(ApiDocumentation.problemSchema().getProperties().keySet())
                .containsExactlyInAnyOrder(componentsOf(Problem.class));
        assertThat(ApiDocumentation.fieldErrorSchema().getProperties().keySet())
                .containsExactlyInAnyOrder(componentsOf(Problem.FieldError.class));
    }

    @Test
    void theConsoleMaySignInWithTheAuthorizationCodeFlowOnly() {
        SecurityScheme keycloak = ApiDocumentation.keycloak("http://127.0.0.1:8180/realms/lifelong");
        assertThat(keycloak.getType()).isEqualTo(SecurityScheme.Type.OAUTH2);
        assertThat(keycloak.getFlows().getAuthorizationCode().getAuthorizationUrl())
                .isEqualTo("http://127.0.0.1:8180/realms/lifelong/protocol/openid-connect/auth");
        assertThat(keycloak.getFlows().getAuthorizationCode().getTokenUrl())
                .isEqualTo("http://127.0.0.1:8180/realms/lifelong/protocol/openid-connect/token");
        assertThat(keycloak.getFlows().getImplicit()).isNull();
        assertThat(keycloak.getFlows().getPassword()).isNull();
        assertThat(keycloak.getFlows().getClientCredentials()).isNull();
    }
}
