package vn.culture.lifelong.documents;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.culture.lifelong.kit.text.Texts;

/** A document as an HTTP answer: its type, and a file name browsers save it under. */
public final class Downloads {

    private Downloads() {
    }

    /**
     * {@code body} as an attachment named {@code baseName} plus the format's extension: an ASCII name for old clients
     * and the Vietnamese one (RFC 6266 {@code filename*}) for the others.
     */
    public static Response attachment(DocumentFormat format, String baseName, StreamingOutput body) {
        String fileName = baseName + "." + format.extension();
        return Response.ok(body, format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    private static String ascii(String name) {
        return Texts.withoutMarks(name).replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
