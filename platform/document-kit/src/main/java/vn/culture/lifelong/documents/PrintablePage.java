package vn.culture.lifelong.documents;

import jakarta.ws.rs.core.Response;
import java.io.OutputStream;

/**
 * A page a template wrote, ready to print as PDF or DOCX, and the file name it is saved under. A service builds it
 * (reading and checking the caller's rights first); the answer renders it as it streams.
 */
public record PrintablePage(String baseName, String xhtml) {

    public Response answer(DocumentFormat format) {
        return Downloads.attachment(format, baseName, out -> render(format, out));
    }

    public void render(DocumentFormat format, OutputStream out) {
        switch (format) {
            case PDF -> PdfRenderer.render(XhtmlPages.parse(xhtml), out);
            case DOCX -> DocxRenderer.render(XhtmlPages.parse(xhtml), out);
            default -> throw new IllegalArgumentException("A page prints as PDF or DOCX, not " + format);
        }
    }
}
