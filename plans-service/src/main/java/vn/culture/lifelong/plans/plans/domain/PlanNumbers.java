package vn.culture.lifelong.plans.plans.domain;

import java.util.regex.Pattern;

/**
 * The official form of a plan's number (Decree 30/2020/NĐ-CP): a serial, "/KH-", and the issuer's abbreviation,
 * e.g. {@code 1133/KH-UBND}, {@code 1929/KH-SVHTTDL}.
 */
public final class PlanNumbers {

    private static final Pattern OFFICIAL = Pattern.compile("[1-9]\\d{0,5}/KH-[A-ZĐ][A-ZĐ0-9&]*(-[A-ZĐ][A-ZĐ0-9&]*)*");

    private PlanNumbers() {
    }

    public static boolean isOfficial(String number) {
        return number != null && OFFICIAL.matcher(number).matches();
    }
}
