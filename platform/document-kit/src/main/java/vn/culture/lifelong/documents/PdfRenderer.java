package vn.culture.lifelong.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * An XHTML page as PDF, with the kit's page rules ({@code documents/page.css}) and Liberation Serif embedded (subset)
 * under the name Times New Roman, so that every Vietnamese letter renders the same on any machine. The page's
 * {@code <title>} becomes the PDF's title.
 */
public final class PdfRenderer {

    static final String FAMILY = "Times New Roman";
    private static final String PAGE_CSS = Resources.text("documents/page.css");
    /** The font files, read once: every document embeds a subset of them. */
    private static final List<Face> FACES = List.of(
            Face.of("liberation/LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
            Face.of("liberation/LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL),
            Face.of("liberation/LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC),
            Face.of("liberation/LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC));

    private record Face(byte[] file, int weight, FontStyle style) {
        static Face of(String resource, int weight, FontStyle style) {
            return new Face(Resources.bytes(resource), weight, style);
        }
    }

    private PdfRenderer() {
    }

    public static void render(Document page, OutputStream out) {
        withPageRules(page);
        PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode().withW3cDocument(page, "/")
                .withProducer("lifelong-learning").toStream(out);
        for (Face face : FACES) {
            builder.useFont(() -> new ByteArrayInputStream(face.file()), FAMILY, face.weight(), face.style(), true);
        }
        try {
            builder.run();
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    private static void withPageRules(Document page) {
        Element head = (Element) page.getElementsByTagName("head").item(0);
        Element style = page.createElement("style");
        style.setTextContent(PAGE_CSS);
        head.insertBefore(style, head.getFirstChild());
    }
}
