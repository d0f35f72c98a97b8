package vn.culture.lifelong.plans.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import vn.culture.lifelong.plans.domain.AdministrativeLevel;
import vn.culture.lifelong.plans.domain.Unit;
import vn.culture.lifelong.plans.domain.UnitKind;
import vn.culture.lifelong.plans.repository.UnitRepository;

/**
 * Loads the 34 provinces and 3,321 communes in force from 1 July 2025 (shipped in
 * {@code reference/vn-admin-units-2025}, see its NOTICE) as people's committees: communes directly under their
 * province, since the district level is gone. Idempotent: a unit already there is updated only if it differs.
 * All or nothing, and every unit created or changed goes through {@link UnitService}, so it is published.
 */
@ApplicationScoped
public class ReferenceUnitsImporter {

    private static final String DATA = "/reference/vn-admin-units-2025/";
    /** Resolution 202/2025/QH15: the two-tier local government starts on this day. */
    static final LocalDate IN_FORCE_FROM = LocalDate.of(2025, 7, 1);

    /** What an import did, per level. */
    public record Counts(int created, int updated, int unchanged) {
    }

    public record Result(Counts provinces, Counts communes) {
    }

    private final UnitService service;
    private final UnitRepository units;

    public ReferenceUnitsImporter(UnitService service, UnitRepository units) {
        this.service = service;
        this.units = units;
    }

    @Transactional
    public Result importVietnam2025() {
        units.flushOnlyAtCommit();
        Tally provinces = new Tally();
        for (String[] row : read("provinces.csv", 4)) {
            String name = row[1].startsWith("Thành phố") ? row[1] : row[3] + " " + row[1];
            provinces.apply(UnitDraft.open(row[0], name, UnitKind.PEOPLES_COMMITTEE, AdministrativeLevel.PROVINCE, null, IN_FORCE_FROM));
        }
        // The communes' parents are looked up by query, so the provinces must be in the database first.
        units.flush();
        Tally communes = new Tally();
        for (String[] row : read("communes.csv", 3)) {
            communes.apply(UnitDraft.open(row[0], row[1], UnitKind.PEOPLES_COMMITTEE, AdministrativeLevel.COMMUNE, row[2],
                    IN_FORCE_FROM));
        }
        return new Result(provinces.counts(), communes.counts());
    }

    private final class Tally {
        private int created;
        private int updated;
        private int unchanged;

        void apply(UnitDraft draft) {
            Optional<Unit> existing = units.findByCode(draft.code(), IN_FORCE_FROM);
            if (existing.isEmpty()) {
                service.create(draft, Optional.empty());
                created++;
            } else if (sameAs(existing.get(), draft)) {
                unchanged++;
            } else {
                service.update(draft.code(), draft, OptionalLong.empty());
                updated++;
            }
        }

        Counts counts() {
            return new Counts(created, updated, unchanged);
        }
    }

    private static boolean sameAs(Unit unit, UnitDraft draft) {
        String parentCode = unit.parent == null ? null : unit.parent.code;
        return unit.name.equals(Texts.nfc(draft.name())) && unit.kind == draft.kind() && unit.level == draft.level()
                && Objects.equals(parentCode, draft.parentCode());
    }

    /** The shipped files are plain CSV: a header, then comma-separated fields without quotes. */
    private static List<String[]> read(String file, int columns) {
        InputStream in = ReferenceUnitsImporter.class.getResourceAsStream(DATA + file);
        if (in == null) {
            throw new IllegalStateException("Reference file missing from the build: " + DATA + file);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split(",", -1);
                if (fields.length != columns) {
                    throw new IllegalStateException(file + ": expected " + columns + " fields in: " + line);
                }
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
