package vn.culture.lifelong.kit.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An error response, RFC 9457 ({@code application/problem+json}); {@code errors} lists the fields at fault. Its
 * OpenAPI schema is written by {@code ApiDocumentation}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }
}
