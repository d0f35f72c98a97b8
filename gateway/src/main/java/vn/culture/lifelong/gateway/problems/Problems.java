package vn.culture.lifelong.gateway.problems;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;

/** Errors the gateway itself produces, as {@code application/problem+json} (RFC 9457), Vietnamese or English. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** The header naming the request, which a problem repeats so that a caller can quote it. */
    public static final String REQUEST_ID = "X-Request-Id";

    /** What the gateway answers itself. {0} in a detail is its argument: the service, the limit, the seconds to wait. */
    public enum Problem {
        UNAUTHENTICATED(401, "unauthenticated", "Chưa xác thực", "Cần mã truy cập hợp lệ do Keycloak cấp.",
                "Not authenticated", "A valid access token issued by Keycloak is required."),
        NOT_FOUND(404, "not-found", "Không tìm thấy", "Không có dịch vụ nào phục vụ đường dẫn này.",
                "Not found", "No service serves this path."),
        BODY_TOO_LARGE(413, "body-too-large", "Nội dung yêu cầu quá lớn", "Nội dung yêu cầu vượt quá {0} byte cho phép.",
                "Request body too large", "The request body exceeds the {0} bytes allowed."),
        TOO_MANY_REQUESTS(429, "too-many-requests", "Quá nhiều yêu cầu",
                "Bạn đã gửi quá nhiều yêu cầu; hãy thử lại sau {0} giây.",
                "Too many requests", "You have sent too many requests; retry in {0} seconds."),
        HEADERS_TOO_LARGE(431, "headers-too-large", "Phần đầu yêu cầu quá lớn",
                "Các trường đầu (header) của yêu cầu vượt quá {0} byte cho phép.",
                "Request header fields too large", "The request's header fields exceed the {0} bytes allowed."),
        SERVICE_UNAVAILABLE(503, "service-unavailable", "Dịch vụ tạm thời không khả dụng",
                "Dịch vụ {0} hiện không phản hồi; hãy thử lại sau ít phút.",
                "Service unavailable", "The {0} service is not answering; retry in a few minutes."),
        SERVICE_OVERLOADED(503, "service-overloaded", "Dịch vụ đang quá tải",
                "Dịch vụ {0} đang xử lý quá nhiều yêu cầu; hãy thử lại sau giây lát.",
                "Service overloaded", "The {0} service has too many requests in hand; retry in a moment."),
        GATEWAY_TIMEOUT(504, "gateway-timeout", "Dịch vụ phản hồi quá chậm", "Dịch vụ {0} không trả lời kịp thời hạn.",
                "Gateway timeout", "The {0} service did not answer in time.");

        public final int status;
        private final String type;
        private final String titleVi;
        private final String detailVi;
        private final String titleEn;
        private final String detailEn;

        Problem(int status, String type, String titleVi, String detailVi, String titleEn, String detailEn) {
            this.status = status;
            this.type = "/problems/gateway-" + type;
            this.titleVi = titleVi;
            this.detailVi = detailVi;
            this.titleEn = titleEn;
            this.detailEn = detailEn;
        }
    }

    private Problems() {
    }

    /** Ends the exchange with {@code problem}. */
    public static void answer(RoutingContext context, Problem problem, Object argument) {
        context.response()
                .setStatusCode(problem.status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .end(body(context.request(), problem, argument));
    }

    public static Buffer body(HttpServerRequest request, Problem problem, Object argument) {
        boolean english = prefersEnglish(request.getHeader("Accept-Language"));
        String detail = (english ? problem.detailEn : problem.detailVi)
                .replace("{0}", argument == null ? "" : argument.toString());
        JsonObject answer = new JsonObject()
                .put("type", problem.type)
                .put("title", english ? problem.titleEn : problem.titleVi)
                .put("status", problem.status)
                .put("detail", detail)
                .put("instance", request.path());
        String requestId = request.getHeader(REQUEST_ID);
        if (requestId != null) {
            answer.put("requestId", requestId);
        }
        return answer.toBuffer();
    }

    /** Vietnamese unless the caller's first language preference is English. */
    private static boolean prefersEnglish(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return false;
        }
        return acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("en");
    }
}
