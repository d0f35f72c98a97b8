package vn.culture.lifelong.stack.quarkus;

import java.util.HashMap;
import java.util.Map;

/** Request bodies as clients write them, for the tests of several modules (a service's own and end to end). */
public final class TestBodies {

    private TestBodies() {
    }

    /** A unit to create with {@code POST /api/plans/units}; a mutable map, so a test may add or change fields. */
    public static Map<String, Object> unitBody(String code, String name, String kind, String level, String parent) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("kind", kind);
        body.put("level", level);
        body.put("parentCode", parent);
        return body;
    }
}
