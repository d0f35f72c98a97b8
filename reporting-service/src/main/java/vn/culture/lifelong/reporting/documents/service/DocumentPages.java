package vn.culture.lifelong.reporting.documents.service;

import io.quarkus.qute.TemplateData;
import java.util.List;
import vn.culture.lifelong.reporting.documents.domain.Letterhead;

/** What the document templates are given: plain texts, already worded and formatted in Vietnamese. */
public final class DocumentPages {

    private DocumentPages() {
    }

    /**
     * What every administrative document has around its content: the letterhead, the kind of document and its
     * subject, the recipients, and the signer's name (blank lines to sign on when not given).
     */
    @TemplateData
    public record Frame(String title, Letterhead letterhead, String documentKind, List<String> subject,
            List<String> recipients, String signer) {
    }

    /** A target's row: what the plan asks, what was done, and the judgement. */
    @TemplateData
    public record FigureRow(int number, String indicator, String unit, String target, String actual, String status) {
    }

    /** A task's row: what units reported of it. */
    @TemplateData
    public record TaskRow(int number, String task, String unit, String progress, String note) {
    }

    /** Completeness of one unit's tree. */
    @TemplateData
    public record CompletenessRow(int number, String unit, long expected, long submitted, long onTime, long late,
            long missing, String submissionRate) {
    }

    /** A unit's report on a plan for a period. */
    @TemplateData
    public record ReportPage(Frame frame, String opening, List<String> results, List<FigureRow> figures,
            List<TaskRow> tasks, List<String> difficulties, List<String> proposals, String closing) {
    }

    /** A unit's consolidated report ("tổng hợp"): its tree's figures, the tasks, and its children's completeness. */
    @TemplateData
    public record ConsolidatedPage(Frame frame, String opening, String figuresBasis, List<FigureRow> figures,
            List<TaskRow> tasks, List<CompletenessRow> children, CompletenessRow total, String closing) {
    }
}
