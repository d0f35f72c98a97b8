package vn.culture.lifelong.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** One page rendered both ways and read back with the parsers people's tools use (PDFBox, POI). */
class DocumentRenderersTest {

    /** Every letter Vietnamese adds to the Latin alphabet, small and capital, in NFC. */
    static final String VIETNAMESE_LETTERS = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
            + "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ";

    private static final String PAGE = """
            <html><head><title>Báo cáo thử</title></head><body>
              <table class="layout"><colgroup><col style="width: 40%"/><col style="width: 60%"/></colgroup>
                <tr><td class="center"><p class="bold">SỞ VĂN HÓA</p><div class="rule"></div></td>
                    <td class="center"><p class="bold pt13">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
                        <p class="bold">Độc lập - Tự do - Hạnh phúc</p><div class="rule"></div></td></tr>
              </table>
              <h1>BÁO CÁO</h1>
              <p class="indent justify">Chữ: LETTERS, <b>đậm</b> và <i>nghiêng</i>.<br/>Dòng hai.</p>
              <table class="grid">
                <thead><tr><th>Chỉ tiêu</th><th>Kết quả</th></tr></thead>
                <tbody><tr><td>Lượt bạn đọc</td><td class="num">1.250</td></tr></tbody>
              </table>
            </body></html>
            """.replace("LETTERS", VIETNAMESE_LETTERS);

    @Test
    void characters_xml_cannot_hold_are_dropped_so_that_any_stored_text_prints() {
        var page = XhtmlPages.parse("<html><head><title>t</title></head><body><p>a\u0001b\uD800c</p></body></html>");
        assertThat(page.getElementsByTagName("p").item(0).getTextContent()).isEqualTo("abc");
    }

    @Test
    void the_pdf_keeps_every_vietnamese_letter_and_embeds_its_fonts() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRenderer.render(XhtmlPages.parse(PAGE), pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(VIETNAMESE_LETTERS, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "BÁO CÁO", "Lượt bạn đọc", "1.250");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Báo cáo thử");
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("LiberationSerif");
            });
            assertThat(fonts).anySatisfy(font -> assertThat(font.getName()).contains("Bold"));
            // A4 portrait: 595 x 842 points.
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void the_docx_holds_the_same_paragraphs_tables_and_formatting() throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        DocxRenderer.render(XhtmlPages.parse(PAGE), docx);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()))) {
            assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo("Báo cáo thử");
            List<XWPFTable> tables = document.getTables();
            assertThat(tables).hasSize(2);
            assertThat(tables.get(0).getRow(0).getCell(1).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc");
            assertThat(tables.get(1).getRow(0).getCell(0).getText()).isEqualTo("Chỉ tiêu");
            assertThat(tables.get(1).getRow(1).getCell(1).getText()).isEqualTo("1.250");
            assertThat(tables.get(1).getRow(0).isRepeatHeader()).isTrue();
            // Column widths as the page gives them, in the grid LibreOffice reads and the cells Word reads (twips).
            assertThat(tables.get(0).getCTTbl().getTblGrid().getGridColArray(0).getW()).hasToString("3742");
            assertThat(tables.get(0).getRow(0).getCell(1).getWidth()).isEqualTo(5612);

            XWPFParagraph title = document.getParagraphs().stream().filter(p -> p.getText().equals("BÁO CÁO"))
                    .findFirst().orElseThrow();
            assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(title.getRuns().get(0).isBold()).isTrue();
            assertThat(title.getRuns().get(0).getFontFamily()).isEqualTo("Times New Roman");
            assertThat(title.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);

            XWPFParagraph body = document.getParagraphs().stream().filter(p -> p.getText().startsWith("Chữ:"))
                    .findFirst().orElseThrow();
            assertThat(body.getText()).contains(VIETNAMESE_LETTERS).contains("đậm và nghiêng.\nDòng hai.");
            assertThat(body.getRuns()).anySatisfy(run -> {
                assertThat(run.text()).isEqualTo("đậm");
                assertThat(run.isBold()).isTrue();
            });
            assertThat(body.getIndentationFirstLine()).isPositive();

            // The page number from the second page on: a PAGE field in the default header, none on the first page.
            var headers = document.getHeaderFooterPolicy();
            assertThat(headers.getDefaultHeader().getParagraphs().get(0).getCTP().xmlText()).contains("PAGE");
            assertThat(headers.getFirstPageHeader().getText()).isBlank();
            assertThat(document.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
            assertThat(document.getDocument().getBody().getSectPr().getPgSz().getW()).hasToString("11906");
        }
    }
}
