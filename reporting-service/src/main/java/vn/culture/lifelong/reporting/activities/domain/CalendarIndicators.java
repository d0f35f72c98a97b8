package vn.culture.lifelong.reporting.activities.domain;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which indicators of the catalogue count activities held, and which kinds of activity each counts: the one place
 * this mapping lives. A draft's line of such an indicator starts with the count of the activities held by its unit and
 * the units under it whose first day falls in the report's data window. No indicator of the catalogue counts
 * participants yet; one that does would be added here the same way.
 */
public final class CalendarIndicators {

    private static final Set<String> EVERY_KIND = Set.of("EXHIBITION", "THEMATIC_DISPLAY", "BOOK_FAIR", "BOOK_STREET",
            "READING_CONTEST", "STORYTELLING", "TALK", "TRAINING_CLASS", "MOBILE_LIBRARY", "FESTIVAL", "OTHER");

    private static final Map<String, Set<String>> KINDS_BY_INDICATOR = Map.of(
            // Cuộc trưng bày, giới thiệu sách theo chuyên đề
            "LIB_THEMATIC_DISPLAYS", Set.of("THEMATIC_DISPLAY"),
            // Cuộc trưng bày, triển lãm chuyên đề (bảo tàng)
            "MUS_THEMATIC_EXHIBITIONS", Set.of("EXHIBITION"),
            // Liên hoan, hội diễn văn nghệ quần chúng
            "CUL_FESTIVALS", Set.of("FESTIVAL"),
            // Hoạt động hưởng ứng học tập suốt đời: every activity held
            "GEN_ACTIVITIES", EVERY_KIND);

    private CalendarIndicators() {
    }

    /** The kinds of activity {@code indicator} counts; empty for an indicator the calendar does not feed. */
    public static Optional<Set<String>> kindsCountedBy(String indicator) {
        return Optional.ofNullable(KINDS_BY_INDICATOR.get(indicator));
    }
}
