package vn.culture.lifelong.events.feeds.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import vn.culture.lifelong.events.EventsConfig;
import vn.culture.lifelong.events.access.EventsScope;
import vn.culture.lifelong.events.access.EventsScopes;
import vn.culture.lifelong.events.activities.repository.ActivityFilter;
import vn.culture.lifelong.events.activities.repository.ActivityRepository;
import vn.culture.lifelong.events.calendar.service.CalendarService;
import vn.culture.lifelong.events.days.repository.CommemorativeDayRepository;
import vn.culture.lifelong.events.days.service.DayCalendarService;
import vn.culture.lifelong.kit.persistence.VietnamTime;
import vn.culture.lifelong.kit.problem.NotFoundException;
import vn.culture.lifelong.kit.security.Caller;
import vn.culture.lifelong.units.domain.UnitView;
import vn.culture.lifelong.units.repository.UnitViewRepository;

/**
 * iCalendar feeds of a unit's calendar over whole years around this one: the public feed (public activities and the
 * days, without login) and a signed-in user's (with the internal activities they may read). Each has an ETag computed
 * from what it holds without writing it, so a subscriber polling with If-None-Match costs two small queries. Each
 * version of a feed is written once (subscribers asking at the same moment wait for that one writing) and served from
 * memory until it changes, gzip-compressed, within a memory budget ({@code events.feeds.cache-size}).
 */
@ApplicationScoped
public class FeedService {

    /** Changes whenever what a feed writes for the same data changes, so that subscribers fetch it again. */
    private static final String FORMAT = "ics-1";

    private final CalendarService calendar;
    private final ActivityRepository activities;
    private final CommemorativeDayRepository days;
    private final DayCalendarService dayCalendar;
    private final UnitViewRepository units;
    private final EventsScopes scopes;
    private final FeedWriter writer;
    private final EventsConfig.Feeds config;
    private final Clock clock;
    /** Written feeds by ETag, which names the feed and its content. */
    private final Cache<String, byte[]> written;

    public FeedService(CalendarService calendar, ActivityRepository activities, CommemorativeDayRepository days,
            DayCalendarService dayCalendar, UnitViewRepository units, EventsScopes scopes, FeedWriter writer,
            EventsConfig config, Clock clock) {
        this.calendar = calendar;
        this.activities = activities;
        this.days = days;
        this.dayCalendar = dayCalendar;
        this.units = units;
        this.scopes = scopes;
        this.writer = writer;
        this.config = config.feeds();
        this.clock = clock;
        this.written = Caffeine.newBuilder().maximumWeight(this.config.cacheSize().asLongValue())
                .weigher((String etag, byte[] feed) -> feed.length).build();
    }

    /** The public feed of a unit (the national days alone without one). */
    @Transactional
    public Feed publicFeed(Optional<String> unitCode, List<String> ifNoneMatch) {
        readOneSnapshot();
        Optional<UnitView> unit = unitCode.map(code -> units.findByCode(code)
                .orElseThrow(() -> new NotFoundException("unit.not.found", code)));
        return feed(unit, ActivityFilter.Readers.PUBLIC, ifNoneMatch);
    }

    /** The feed of a unit (the caller's by default) as the signed-in caller may read it. */
    @Transactional
    public Feed signedInFeed(Optional<String> unitCode, Caller caller, List<String> ifNoneMatch) {
        readOneSnapshot();
        EventsScope scope = scopes.of(caller);
        return feed(Optional.of(scopes.unitAsked(unitCode, scope)), scope.readers(), ifNoneMatch);
    }

    /**
     * Makes every read of this transaction see one snapshot, so that the feed written is exactly the one its ETag
     * names: written between two changes, it would otherwise be kept under a version it does not hold (an activity
     * made public and internal again would stay in the public feed). Must come before any other statement.
     */
    private void readOneSnapshot() {
        activities.getEntityManager().createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                .executeUpdate();
    }

    private Feed feed(Optional<UnitView> unit, ActivityFilter.Readers readers, List<String> ifNoneMatch) {
        int year = VietnamTime.today(clock).getYear();
        LocalDate from = LocalDate.of(year - config.yearsBefore(), 1, 1);
        LocalDate to = LocalDate.of(year + config.yearsAfter(), 12, 31);
        String etag = etag(unit, readers, from, to);
        if (ifNoneMatch.contains(etag) || ifNoneMatch.contains("*")) {
            return new Feed(etag, Optional.empty());
        }
        return new Feed(etag, Optional.of(written.get(etag, version -> gzip(writer.write(unit, readers,
                calendar.entries(unit, from, to, readers), config.refreshInterval())))));
    }

    private static byte[] gzip(byte[] feed) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(feed.length / 8);
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(feed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }

    private String etag(Optional<UnitView> unit, ActivityFilter.Readers readers, LocalDate from, LocalDate to) {
        String activityPart = unit.map(root -> activities.fingerprint(ActivityFilter.window(root.path, from, to, readers)))
                .map(Object::toString).orElse("-");
        // The unit's own version and the codes of the units above it (whose days it keeps) besides what it holds.
        String unitPart = unit.map(root -> root.unitId + root.path + root.sourceVersion + dayCalendar.keeperCodes(root))
                .orElse("national");
        String version = String.join("|", FORMAT, unitPart, readers.toString(), from.toString(), to.toString(),
                activityPart, days.fingerprint());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(version.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
