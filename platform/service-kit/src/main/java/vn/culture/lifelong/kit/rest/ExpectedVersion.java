package vn.culture.lifelong.kit.rest;

import jakarta.ws.rs.core.EntityTag;
import java.util.OptionalLong;
import vn.culture.lifelong.kit.problem.InvalidRequestException;
import vn.culture.lifelong.kit.problem.StaleVersionException;

/**
 * The version an update expects to change, from its {@code If-Match} header: the ETag of the version the caller
 * read (the entity's version, quoted). Without the header (or with {@code *}) any version will do.
 */
public record ExpectedVersion(OptionalLong version) {

    public static final ExpectedVersion ANY = new ExpectedVersion(OptionalLong.empty());

    public static ExpectedVersion fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return ANY;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return new ExpectedVersion(OptionalLong.of(Long.parseLong(tag)));
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("If-Match", "header.if-match.invalid");
        }
    }

    /** The ETag answered for an entity at {@code version}. */
    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Refuses (412) when the caller read another version than the {@code current} one. */
    public void check(long current) {
        if (version.isPresent() && version.getAsLong() != current) {
            throw new StaleVersionException(version.getAsLong(), current);
        }
    }
}
