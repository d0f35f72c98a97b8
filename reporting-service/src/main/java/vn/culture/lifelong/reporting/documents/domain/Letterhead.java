package vn.culture.lifelong.reporting.documents.domain;

import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.regex.Pattern;
import vn.culture.lifelong.kit.text.Texts;
import vn.culture.lifelong.reporting.units.domain.UnitRef;

/**
 * The parts of an administrative document Decree 30/2020/NĐ-CP (Appendix I) fixes around its content, for the unit
 * issuing it: the body directly above it (none for a people's committee), the issuing body, the symbol after the number
 * (the number itself is given by the clerk's office when the signed document is registered, so it is left blank), the
 * place and date, and the signer's authority and position.
 *
 * @param parentBody the superior body's name, upper case; empty for a people's committee
 * @param issuingBody the issuing body's name, upper case, on one or two lines
 * @param symbol e.g. {@code BC-UBND}
 * @param placeAndDate e.g. {@code Lạng Sơn, ngày 05 tháng 02 năm 2026}
 * @param authority e.g. {@code TM. ỦY BAN NHÂN DÂN}; empty when the head signs in their own right
 * @param position e.g. {@code CHỦ TỊCH}
 */
@TemplateData
public record Letterhead(String parentBody, List<String> issuingBody, String symbol, String placeAndDate,
        String authority, String position) {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String COMMITTEE = "PEOPLES_COMMITTEE";
    /** The words an administrative unit's name starts with, dropped where only the place's own name is wanted. */
    private static final Pattern ADMINISTRATIVE_PREFIX = Pattern.compile("^(Tỉnh|Thành phố|Xã|Phường|Đặc khu|Thị trấn)\\s+");
    /** Where central bodies sit, when no people's committee is above the unit. */
    private static final String CAPITAL = "Hà Nội";

    /**
     * The letterhead of {@code unit}, whose ancestors (nearest first) are {@code ancestors}, for a document dated
     * {@code date}.
     */
    public static Letterhead of(UnitRef unit, List<UnitRef> ancestors, LocalDate date) {
        String place = placeOf(unit, ancestors) + ", " + dateLine(date);
        if (COMMITTEE.equals(unit.kind())) {
            return new Letterhead("", List.of("ỦY BAN NHÂN DÂN", upper(unit.name())), "BC-UBND", place, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
        }
        String parentBody = ancestors.stream().findFirst()
                .map(parent -> COMMITTEE.equals(parent.kind()) ? "UBND " + upper(parent.name()) : upper(parent.name()))
                .orElse("");
        return new Letterhead(parentBody, List.of(upper(unit.name())), "BC-" + abbreviation(unit.name()), place, "",
                positionOf(unit.kind()));
    }

    /**
     * Decree 30's date: {@code ngày 05 tháng 02 năm 2026}, a day below 10 and the months January and February written
     * with a leading zero.
     */
    public static String dateLine(LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : Integer.toString(date.getDayOfMonth());
        String month = date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : Integer.toString(date.getMonthValue());
        return "ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    /** The place a unit's documents are dated at: the nearest people's committee's area (its own, for one). */
    private static String placeOf(UnitRef unit, List<UnitRef> ancestors) {
        return Stream.concat(Stream.of(unit), ancestors.stream())
                .filter(candidate -> COMMITTEE.equals(candidate.kind())).findFirst()
                .map(committee -> ADMINISTRATIVE_PREFIX.matcher(committee.name()).replaceFirst("")).orElse(CAPITAL);
    }

    /** The customary abbreviation of a body's name in a symbol: its words' initials, {@code Sở Văn hóa, Thể thao và Du lịch} → {@code SVHTTDL}. */
    static String abbreviation(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("[\\s,;–-]+")) {
            if (word.isEmpty() || word.equals("và") || Character.isDigit(word.charAt(0))) {
                continue;
            }
            initials.append(word.charAt(0));
        }
        return Texts.withoutMarks(upper(initials.toString()));
    }

    private static String positionOf(String kind) {
        return switch (kind) {
            case "DEPARTMENT", "LIBRARY", "MUSEUM", "CULTURAL_CENTRE" -> "GIÁM ĐỐC";
            case "OFFICE" -> "TRƯỞNG PHÒNG";
            case "CULTURAL_HOUSE", "CLUB" -> "CHỦ NHIỆM";
            case "SCHOOL" -> "HIỆU TRƯỞNG";
            case "MASS_ORGANISATION" -> "CHỦ TỊCH";
            default -> "THỦ TRƯỞNG ĐƠN VỊ";
        };
    }

    private static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }

    public boolean hasParentBody() {
        return !parentBody.isEmpty();
    }

    public boolean hasAuthority() {
        return !authority.isEmpty();
    }
}
