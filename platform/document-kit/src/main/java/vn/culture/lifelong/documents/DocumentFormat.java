package vn.culture.lifelong.documents;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import vn.culture.lifelong.kit.problem.InvalidRequestException;

/**
 * The forms a resource can answer in, chosen by {@code ?format=} when given, else by the first type of {@code Accept}
 * the resource offers (JSON when Accept names none of them, or is absent).
 */
public enum DocumentFormat {

    JSON(MediaType.APPLICATION_JSON, "json"),
    XLSX(DocumentFormat.XLSX_TYPE, "xlsx"),
    DOCX(DocumentFormat.DOCX_TYPE, "docx"),
    PDF(DocumentFormat.PDF_TYPE, "pdf");

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF_TYPE = "application/pdf";
    /** What a table answers in: JSON by default, or a spreadsheet. */
    public static final List<DocumentFormat> TABLE = List.of(JSON, XLSX);
    /** What a document to sign answers in: PDF by default, or DOCX to edit. */
    public static final List<DocumentFormat> SIGNED_DOCUMENT = List.of(PDF, DOCX);
    /** The query parameter naming a format, e.g. {@code ?format=xlsx}. */
    public static final String PARAMETER = "format";

    private final String mediaType;
    private final String extension;

    DocumentFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /**
     * The format asked for among {@code offered} (the first is the default): {@code format} when given (an unknown
     * or unoffered one is a 400 naming the parameter), else the first offered type Accept lists.
     */
    public static DocumentFormat chosen(String format, HttpHeaders headers, List<DocumentFormat> offered) {
        if (format != null && !format.isBlank()) {
            return offered.stream().filter(candidate -> candidate.extension.equals(format.strip().toLowerCase(Locale.ROOT)))
                    .findFirst().orElseThrow(() -> new InvalidRequestException(PARAMETER, "documents.format.unknown"));
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType()) {
                return offered.get(0);
            }
            for (DocumentFormat candidate : offered) {
                if (accepted.isCompatible(MediaType.valueOf(candidate.mediaType))) {
                    return candidate;
                }
            }
        }
        return offered.get(0);
    }
}
