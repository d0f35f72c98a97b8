package vn.culture.lifelong.gateway;

import static io.restassured.RestAssured.given;

import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one figure from the gateway's Prometheus metrics. */
public final class GatewayMetrics {

    private GatewayMetrics() {
    }

    /** The value of the series {@code name} whose labels include every one of {@code labels} (e.g. {@code result="hit"}), or 0. */
    public static double value(URL metrics, String name, String... labels) {
        String text = given().get(metrics).then().statusCode(200).extract().asString();
        Matcher series = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$").matcher(text);
        while (series.find()) {
            String found = series.group(1);
            boolean all = true;
            for (String label : labels) {
                all &= found.contains(label);
            }
            if (all) {
                return Double.parseDouble(series.group(2));
            }
        }
        return 0;
    }
}
