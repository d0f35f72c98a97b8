package vn.culture.lifelong.events.feeds.service;

import java.util.Optional;

/**
 * A feed's version (its ETag, unquoted) and its iCalendar bytes, gzip-compressed as they are kept (a feed compresses
 * about fifteen times); empty when the subscriber holds this version.
 */
public record Feed(String etag, Optional<byte[]> gzipped) {
}
