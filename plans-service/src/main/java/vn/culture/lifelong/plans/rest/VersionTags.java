package vn.culture.lifelong.plans.rest;

import java.util.OptionalLong;

/** Reads an If-Match header holding one of our ETags (the entity version, quoted). */
final class VersionTags {

    private VersionTags() {
    }

    static OptionalLong parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return OptionalLong.empty();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return OptionalLong.of(Long.parseLong(tag));
        } catch (NumberFormatException e) {
            throw new InvalidHeaderException("If-Match", "header.if-match.invalid");
        }
    }
}
