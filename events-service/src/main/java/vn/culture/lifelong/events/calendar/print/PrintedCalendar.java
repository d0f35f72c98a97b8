package vn.culture.lifelong.events.calendar.print;

import java.io.OutputStream;
import org.w3c.dom.Document;
import vn.culture.lifelong.documents.PdfRenderer;

/** A calendar page written and parsed (the caller's rights checked), rendered as PDF while the answer streams. */
public record PrintedCalendar(String baseName, Document page) {

    public void writePdf(OutputStream out) {
        PdfRenderer.render(page, out);
    }
}
