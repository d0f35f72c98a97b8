package vn.culture.lifelong.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The same XHTML page the PDF is made of, as a Word document: the template is written once. It understands the
 * page's vocabulary, no more: {@code p h1 h2 h3 div table thead tbody tr th td col b strong i em u span br}, and the
 * classes of {@code documents/page.css} ({@code center right justify bold italic pt11 pt12 pt13 indent tight rule
 * wide page-break}, tables {@code grid} or {@code layout}, cells {@code num}); column widths from
 * {@code <col style="width: 40%"/>}. The page is A4 with Decree 30's margins, in Times New Roman.
 */
public final class DocxRenderer {

    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN_TOP = 1134;
    private static final int MARGIN_BOTTOM = 1134;
    private static final int MARGIN_LEFT = 1701;
    private static final int MARGIN_RIGHT = 851;
    private static final int TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    private static final int SPACING_AFTER = 120;
    private static final int FIRST_LINE_INDENT = 567;
    /** A rule is this share of the width it sits in, centred; a wide one (under the motto) this. */
    private static final double RULE_SHARE = 0.4;
    private static final double WIDE_RULE_SHARE = 0.6;
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "div", "table");
    private static final Pattern WIDTH = Pattern.compile("width\\s*:\\s*([0-9.]+)%");

    private DocxRenderer() {
    }

    public static void render(Document page, OutputStream out) {
        try (XWPFDocument docx = new XWPFDocument()) {
            pageSetUp(docx);
            Element title = first(page.getDocumentElement(), "title");
            if (title != null) {
                docx.getProperties().getCoreProperties().setTitle(title.getTextContent().strip());
            }
            Element body = first(page.getDocumentElement(), "body");
            blocks(body, new Place(docx, null, TEXT_WIDTH), Format.BODY);
            docx.write(out);
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    private static void pageSetUp(XWPFDocument docx) {
        CTSectPr section = docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        pageNumbersFromTheSecondPage(docx, section);
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(PdfRenderer.FAMILY);
        fonts.setHAnsi(PdfRenderer.FAMILY);
        fonts.setCs(PdfRenderer.FAMILY);
        docx.createStyles().setDefaultFonts(fonts);
    }

    /** Decree 30: the page number at the top centre, in Arabic numerals, from the second page on. */
    private static void pageNumbersFromTheSecondPage(XWPFDocument docx, CTSectPr section) {
        section.addNewTitlePg();
        XWPFHeaderFooterPolicy headers = docx.createHeaderFooterPolicy();
        headers.createHeader(XWPFHeaderFooterPolicy.FIRST);
        XWPFParagraph number = headers.createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        number.getCTP().addNewFldSimple().setInstr("PAGE");
    }

    /** Where blocks go: the document, or a table cell ({@code cell}), and how wide that is, in twips. */
    private static final class Place {
        private final XWPFDocument docx;
        private final XWPFTableCell cell;
        private final int width;
        /** A new cell holds one empty paragraph: its first block takes it. */
        private boolean cellParagraphTaken;

        Place(XWPFDocument docx, XWPFTableCell cell, int width) {
            this.docx = docx;
            this.cell = cell;
            this.width = width;
        }

        XWPFParagraph newParagraph() {
            if (cell == null) {
                return docx.createParagraph();
            }
            if (!cellParagraphTaken) {
                cellParagraphTaken = true;
                return cell.getParagraphs().get(0);
            }
            return cell.addParagraph();
        }

        boolean inCell() {
            return cell != null;
        }
    }

    /** Character and paragraph formatting, inherited from the enclosing elements. */
    private record Format(boolean bold, boolean italic, boolean underline, int size, ParagraphAlignment alignment) {
        static final Format BODY = new Format(false, false, false, 14, ParagraphAlignment.LEFT);

        Format of(Element element) {
            Format format = switch (element.getTagName()) {
                case "h1" -> new Format(true, italic, underline, size, ParagraphAlignment.CENTER);
                case "h2", "h3", "b", "strong", "th" -> new Format(true, italic, underline, size,
                        element.getTagName().equals("th") ? ParagraphAlignment.CENTER : alignment);
                case "i", "em" -> new Format(bold, true, underline, size, alignment);
                case "u" -> new Format(bold, italic, true, size, alignment);
                default -> this;
            };
            for (String name : classes(element)) {
                format = switch (name) {
                    case "center" -> format.aligned(ParagraphAlignment.CENTER);
                    case "right", "num" -> format.aligned(ParagraphAlignment.RIGHT);
                    case "justify" -> format.aligned(ParagraphAlignment.BOTH);
                    case "bold" -> new Format(true, format.italic, format.underline, format.size, format.alignment);
                    case "italic" -> new Format(format.bold, true, format.underline, format.size, format.alignment);
                    case "pt13" -> format.sized(13);
                    case "pt12" -> format.sized(12);
                    case "pt11" -> format.sized(11);
                    default -> format;
                };
            }
            return format;
        }

        Format aligned(ParagraphAlignment to) {
            return new Format(bold, italic, underline, size, to);
        }

        Format sized(int points) {
            return new Format(bold, italic, underline, points, alignment);
        }
    }

    private static void blocks(Element parent, Place place, Format format) {
        List<Node> inline = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && BLOCKS.contains(element.getTagName())) {
                paragraphOf(inline, place, format, Set.of());
                inline.clear();
                block(element, place, format);
            } else {
                inline.add(child);
            }
        }
        paragraphOf(inline, place, format, Set.of());
    }

    private static void block(Element element, Place place, Format inherited) {
        Format format = inherited.of(element);
        Set<String> classes = classes(element);
        switch (element.getTagName()) {
            case "table" -> table(element, place, format);
            case "div" -> {
                if (classes.contains("rule")) {
                    rule(place, classes.contains("wide") ? WIDE_RULE_SHARE : RULE_SHARE);
                } else if (classes.contains("page-break")) {
                    place.newParagraph().createRun().addBreak(BreakType.PAGE);
                } else {
                    blocks(element, place, format);
                }
            }
            default -> paragraphOf(children(element), place, format, withTag(classes, element.getTagName()));
        }
    }

    private static void paragraphOf(List<Node> inline, Place place, Format format, Set<String> classes) {
        List<Piece> pieces = new ArrayList<>();
        inline.forEach(node -> pieces(node, format, pieces));
        trim(pieces);
        if (pieces.isEmpty() && !classes.contains("p")) {
            return;
        }
        XWPFParagraph paragraph = place.newParagraph();
        paragraph.setAlignment(format.alignment());
        paragraph.setSpacingBefore(classes.contains("h2") ? SPACING_AFTER : 0);
        paragraph.setSpacingAfter(place.inCell() || classes.contains("tight") || classes.contains("h1") ? 0 : SPACING_AFTER);
        if (classes.contains("indent")) {
            paragraph.setIndentationFirstLine(FIRST_LINE_INDENT);
        }
        for (Piece piece : pieces) {
            XWPFRun run = paragraph.createRun();
            run.setFontFamily(PdfRenderer.FAMILY);
            run.setFontSize(piece.format().size());
            run.setBold(piece.format().bold());
            run.setItalic(piece.format().italic());
            if (piece.format().underline()) {
                run.setUnderline(UnderlinePatterns.SINGLE);
            }
            if (piece.isBreak()) {
                run.addBreak();
            } else {
                run.setText(piece.text());
            }
        }
    }

    /** A stretch of text in one format, or a line break ({@code text} null). */
    private record Piece(String text, Format format) {
        boolean isBreak() {
            return text == null;
        }
    }

    private static void pieces(Node node, Format format, List<Piece> pieces) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            String text = node.getNodeValue().replaceAll("[ \\t\\r\\n]+", " ");
            if (!text.isEmpty()) {
                pieces.add(new Piece(text, format));
            }
        } else if (node instanceof Element element) {
            if (element.getTagName().equals("br")) {
                pieces.add(new Piece(null, format));
                return;
            }
            Format inner = format.of(element);
            children(element).forEach(child -> pieces(child, inner, pieces));
        }
    }

    /** HTML's rule: spaces around a paragraph's text do not show; spaces after a space or a break neither. */
    private static void trim(List<Piece> pieces) {
        boolean afterSpace = true;
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (piece.isBreak()) {
                afterSpace = true;
                continue;
            }
            String text = afterSpace ? piece.text().stripLeading() : piece.text();
            afterSpace = text.isEmpty() ? afterSpace : text.endsWith(" ");
            pieces.set(i, new Piece(text, piece.format()));
        }
        for (int i = pieces.size() - 1; i >= 0 && !pieces.get(i).isBreak(); i--) {
            String text = pieces.get(i).text().stripTrailing();
            pieces.set(i, new Piece(text, pieces.get(i).format()));
            if (!text.isEmpty()) {
                break;
            }
        }
        pieces.removeIf(piece -> !piece.isBreak() && piece.text().isEmpty());
    }

    private static void rule(Place place, double share) {
        XWPFParagraph paragraph = place.newParagraph();
        int indent = (int) (place.width * (1 - share) / 2);
        paragraph.setIndentationLeft(indent);
        paragraph.setIndentationRight(indent);
        paragraph.setBorderTop(Borders.SINGLE);
        paragraph.setSpacingBefore(SPACING_AFTER / 2);
        paragraph.setSpacingAfter(SPACING_AFTER / 2);
    }

    private static void table(Element element, Place place, Format format) {
        List<Element> rows = new ArrayList<>();
        List<Boolean> header = new ArrayList<>();
        for (Element part : elements(element)) {
            switch (part.getTagName()) {
                case "thead", "tbody" -> elements(part).stream().filter(row -> row.getTagName().equals("tr")).forEach(row -> {
                    rows.add(row);
                    header.add(part.getTagName().equals("thead"));
                });
                case "tr" -> {
                    rows.add(part);
                    header.add(false);
                }
                default -> {
                }
            }
        }
        int columns = rows.stream().mapToInt(row -> cells(row).size()).max().orElse(0);
        if (columns == 0) {
            return;
        }
        double[] shares = shares(element, columns);
        if (place.inCell()) {
            throw new IllegalStateException("Tables inside table cells are not supported");
        }
        XWPFTable table = place.docx.createTable(rows.size(), columns);
        table.setWidth("100%");
        // Word reads the cells' widths, LibreOffice the table's grid: both are given, in twips.
        int[] widths = new int[columns];
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < columns; c++) {
            widths[c] = (int) Math.round(place.width * shares[c]);
            grid.addNewGridCol().setW(BigInteger.valueOf(widths[c]));
        }
        if (!classes(element).contains("grid")) {
            table.removeBorders();
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            if (header.get(r)) {
                row.setRepeatHeader(true);
            }
            row.setCantSplitRow(true);
            List<Element> cells = cells(rows.get(r));
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(Integer.toString(widths[c]));
                if (c < cells.size()) {
                    Element source = cells.get(c);
                    blocks(source, new Place(place.docx, cell, widths[c]), format.of(source));
                }
            }
        }
    }

    /** Each column's share of the table's width: from {@code <col style="width: N%">}, the rest shared equally. */
    private static double[] shares(Element table, int columns) {
        double[] shares = new double[columns];
        List<Element> cols = descendants(table, "col");
        double given = 0;
        int unset = 0;
        for (int c = 0; c < columns; c++) {
            Matcher width = c < cols.size() ? WIDTH.matcher(cols.get(c).getAttribute("style")) : null;
            if (width != null && width.find()) {
                shares[c] = Double.parseDouble(width.group(1)) / 100;
                given += shares[c];
            } else {
                unset++;
            }
        }
        double rest = unset == 0 ? 0 : Math.max(0, 1 - given) / unset;
        for (int c = 0; c < columns; c++) {
            shares[c] = shares[c] == 0 ? rest : shares[c];
        }
        return shares;
    }

    private static List<Element> cells(Element row) {
        return elements(row).stream().filter(cell -> cell.getTagName().equals("td") || cell.getTagName().equals("th"))
                .toList();
    }

    private static Set<String> classes(Element element) {
        String names = element.getAttribute("class");
        return names.isBlank() ? Set.of() : Arrays.stream(names.trim().split("\\s+")).collect(Collectors.toSet());
    }

    private static Set<String> withTag(Set<String> classes, String tag) {
        Set<String> all = new HashSet<>(classes);
        all.add(tag);
        return all;
    }

    private static List<Node> children(Element element) {
        List<Node> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            children.add(child);
        }
        return children;
    }

    private static List<Element> elements(Element element) {
        return children(element).stream().filter(Element.class::isInstance).map(Element.class::cast).toList();
    }

    private static List<Element> descendants(Element element, String tag) {
        List<Element> found = new ArrayList<>();
        var nodes = element.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static Element first(Element root, String tag) {
        var nodes = root.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
    }
}
