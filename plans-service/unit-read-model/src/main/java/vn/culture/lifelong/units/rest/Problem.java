package vn.culture.lifelong.units.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An error response, RFC 9457 ({@code application/problem+json}); {@code errors} lists the fields at fault. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem")
public record Problem(
        @Schema(examples = "/problems/validation") String type,
        @Schema(examples = "Dữ liệu không hợp lệ") String title,
        int status,
        String detail,
        @Schema(examples = "/api/reports/units/06184") String instance,
        String requestId,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError")
    public record FieldError(@Schema(examples = "name") String field, String message) {
    }
}
