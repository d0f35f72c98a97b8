package vn.culture.lifelong.events.activities;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.culture.lifelong.kit.persistence.VietnamTime;
import vn.culture.lifelong.stack.quarkus.PlansWorld.Unit;
import vn.culture.lifelong.stack.quarkus.TestTokens;

/** What the activity tests share: callers by role and unit, and an activity's content to start from. */
public final class ActivityTestWorld {

    private ActivityTestWorld() {
    }

    public static RequestSpecification as(String role, Unit unit) {
        return given().auth().oauth2(TestTokens.forRole(role, unit.code())).contentType(ContentType.JSON);
    }

    public static LocalDate today() {
        return LocalDate.now(VietnamTime.ZONE);
    }

    /** An internal all-day book display of {@code unit} from {@code start} to {@code end}, for Book Day. */
    public static Map<String, Object> activity(Unit unit, Object start, Object end) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("unitCode", unit.code());
        content.put("kind", "THEMATIC_DISPLAY");
        content.put("title", "Trưng bày sách chào mừng Ngày Sách và Văn hóa đọc Việt Nam");
        content.put("place", "Nhà văn hóa " + unit.name());
        content.put("start", start.toString());
        content.put("end", end.toString());
        content.put("dayCode", "BOOK_AND_READING_DAY");
        content.put("expectedParticipants", 150);
        return content;
    }

    public static Map<String, Object> with(Map<String, Object> content, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(content);
        changed.put(field, value);
        return changed;
    }
}
