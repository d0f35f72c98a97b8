package vn.culture.lifelong.gateway.problems;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Map;

/** Errors the gateway itself produces, as {@code application/problem+json} (RFC 9457), Vietnamese or English. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** The header naming the request, which a problem repeats so that a caller can quote it. */
    public static final String REQUEST_ID = "X-Request-Id";

    private record Text(String titleVi, String detailVi, String titleEn, String detailEn) {
    }

    /** {0} in a detail is the argument the status comes with: the service, the limit, the seconds to wait. */
    private static final Map<Integer, Text> TEXTS = Map.of(
            401, new Text("Chưa xác thực", "Cần mã truy cập hợp lệ do Keycloak cấp.",
                    "Not authenticated", "A valid access token issued by Keycloak is required."),
            404, new Text("Không tìm thấy", "Không có dịch vụ nào phục vụ đường dẫn này.",
                    "Not found", "No service serves this path."),
            413, new Text("Nội dung yêu cầu quá lớn", "Nội dung yêu cầu vượt quá {0} byte cho phép.",
                    "Request body too large", "The request body exceeds the {0} bytes allowed."),
            429, new Text("Quá nhiều yêu cầu", "Bạn đã gửi quá nhiều yêu cầu; hãy thử lại sau {0} giây.",
                    "Too many requests", "You have sent too many requests; retry in {0} seconds."),
            431, new Text("Phần đầu yêu cầu quá lớn", "Các trường đầu (header) của yêu cầu vượt quá {0} byte cho phép.",
                    "Request header fields too large", "The request's header fields exceed the {0} bytes allowed."),
            503, new Text("Dịch vụ tạm thời không khả dụng", "Dịch vụ {0} hiện không phản hồi; hãy thử lại sau ít phút.",
                    "Service unavailable", "The {0} service is not answering; retry in a few minutes."),
            504, new Text("Dịch vụ phản hồi quá chậm", "Dịch vụ {0} không trả lời kịp thời hạn.",
                    "Gateway timeout", "The {0} service did not answer in time."));

    private Problems() {
    }

    /** Ends the exchange with the problem of {@code status}. */
    public static void answer(RoutingContext context, int status, Object argument) {
        context.response()
                .setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .end(body(context.request(), status, argument));
    }

    public static Buffer body(HttpServerRequest request, int status, Object argument) {
        Text text = TEXTS.get(status);
        boolean english = prefersEnglish(request.getHeader("Accept-Language"));
        String detail = (english ? text.detailEn() : text.detailVi())
                .replace("{0}", argument == null ? "" : argument.toString());
        JsonObject problem = new JsonObject()
                .put("type", "/problems/gateway-" + status)
                .put("title", english ? text.titleEn() : text.titleVi())
                .put("status", status)
                .put("detail", detail)
                .put("instance", request.path());
        String requestId = request.getHeader(REQUEST_ID);
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
