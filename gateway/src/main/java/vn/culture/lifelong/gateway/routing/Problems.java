package vn.culture.lifelong.gateway.routing;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.core.http.HttpServerRequest;
import java.util.Locale;
import java.util.Map;

/** Errors the gateway itself produces, as {@code application/problem+json} (RFC 9457), Vietnamese or English. */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";

    private record Text(String titleVi, String detailVi, String titleEn, String detailEn) {
    }

    private static final Map<Integer, Text> TEXTS = Map.of(
            401, new Text("Chưa xác thực", "Cần mã truy cập hợp lệ do Keycloak cấp.",
                    "Not authenticated", "A valid access token issued by Keycloak is required."),
            403, new Text("Không có quyền", "Tài khoản của bạn không có quyền thực hiện thao tác này.",
                    "Forbidden", "Your account may not do this."),
            404, new Text("Không tìm thấy", "Không có dịch vụ nào phục vụ đường dẫn này.",
                    "Not found", "No service serves this path."),
            503, new Text("Dịch vụ tạm thời không khả dụng", "Dịch vụ {0} hiện không phản hồi; hãy thử lại sau ít phút.",
                    "Service unavailable", "The {0} service is not answering; retry in a few minutes."),
            504, new Text("Dịch vụ phản hồi quá chậm", "Dịch vụ {0} không trả lời kịp thời hạn.",
                    "Gateway timeout", "The {0} service did not answer in time."));

    private Problems() {
    }

    static Buffer body(HttpServerRequest request, int status, String service) {
        Text text = TEXTS.get(status);
        boolean english = prefersEnglish(request.getHeader("Accept-Language"));
        String detail = (english ? text.detailEn() : text.detailVi()).replace("{0}", service == null ? "" : service);
        JsonObject problem = new JsonObject()
                .put("type", "/problems/gateway-" + status)
                .put("title", english ? text.titleEn() : text.titleVi())
                .put("status", status)
                .put("detail", detail)
                .put("instance", request.path());
        String requestId = request.getHeader(RequestIds.HEADER);
        if (requestId != null) {
            problem.put("requestId", requestId);
        }
        return problem.toBuffer();
    }

    /** Vietnamese unless the caller's first language preference is English. */
    private static boolean prefersEnglish(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return false;
        }
        return acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("en");
    }
}
