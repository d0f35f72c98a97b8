package vn.culture.lifelong.plans.units.service;

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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.culture.lifelong.kit.rest.ExpectedVersion;
import vn.culture.lifelong.kit.text.Texts;
import vn.culture.lifelong.plans.units.domain.AdministrativeLevel;
import vn.culture.lifelong.plans.units.domain.Unit;
import vn.culture.lifelong.plans.units.domain.UnitKind;
import vn.culture.lifelong.plans.units.repository.CommunePredecessorRepository;
import vn.culture.lifelong.plans.units.repository.UnitRepository;

/**
 * Loads the 34 provinces and 3,321 communes in force from 1 July 2025 (shipped in
 * {@code reference/vn-admin-units-2025}, see its NOTICE) as people's committees: communes directly under their
 * province, since the district level is gone; and the mapping of the pre-2025 communes to them. Idempotent: a unit already there is updated only if it differs.
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

    /**
     * What became of the old→new mapping's rows: kept, the same old commune listed twice (kept once, with its
     * code when one row has it), no predecessor (the special zones), the new code corrected by the new commune's
     * name and province (unpadded codes like {@code 424}, codes of another commune), or not resolved at all.
     */
    public record MappingCounts(int kept, int duplicates, int withoutPredecessor, int newCodeCorrected, int unresolved) {
    }

    public record Result(Counts provinces, Counts communes, MappingCounts communeMapping) {
    }

    private final UnitService service;
    private final UnitRepository units;
    private final CommunePredecessorRepository predecessors;

    public ReferenceUnitsImporter(UnitService service, UnitRepository units, CommunePredecessorRepository predecessors) {
        this.service = service;
        this.units = units;
        this.predecessors = predecessors;
    }

    @Transactional
    public Result importVietnam2025() {
        units.flushOnlyAtCommit();
        Tally provinces = new Tally();
        Map<String, String> provinceNames = new HashMap<>();
        for (String[] row : read("provinces.csv", 4)) {
            String name = row[1].startsWith("Thành phố") ? row[1] : row[3] + " " + row[1];
            provinces.apply(UnitDraft.open(row[0], name, UnitKind.PEOPLES_COMMITTEE, AdministrativeLevel.PROVINCE, null, IN_FORCE_FROM));
            provinceNames.put(row[0], withoutCityPrefix(row[1]));
        }
        // The communes' parents are looked up by query, so the provinces must be in the database first.
        units.flush();
        Tally communes = new Tally();
        NewCommunes newCommunes = new NewCommunes();
        for (String[] row : read("communes.csv", 3)) {
            Unit commune = communes.apply(UnitDraft.open(row[0], row[1], UnitKind.PEOPLES_COMMITTEE, AdministrativeLevel.COMMUNE,
                    row[2], IN_FORCE_FROM));
            newCommunes.add(commune, provinceNames.get(row[2]));
        }
        units.flush();
        return new Result(provinces.counts(), communes.counts(), importMapping(newCommunes));
    }

    /** The 2025 communes by code and by name within their province, to resolve the mapping's new side. */
    private static final class NewCommunes {
        final Map<String, Unit> byCode = new HashMap<>();
        final Map<String, Unit> byNameInProvince = new HashMap<>();

        void add(Unit commune, String provinceName) {
            byCode.put(commune.code, commune);
            byNameInProvince.put(commune.name + "|" + provinceName, commune);
        }
    }

    /**
     * Cleans and stores the old→new commune mapping: new codes are padded to 5 digits and trusted only when they
     * name the commune the row names, else the commune is found by name within its province; rows of the same
     * old commune are kept once (with the old code when one has it); rows without an old commune are skipped.
     */
    private MappingCounts importMapping(NewCommunes newCommunes) {
        Map<String, CommunePredecessorRepository.Row> kept = new LinkedHashMap<>();
        int duplicates = 0;
        int withoutPredecessor = 0;
        int corrected = 0;
        int unresolved = 0;
        for (String[] row : read("commune-mapping-2025.csv", 7)) {
            String oldCode = row[0].isBlank() ? null : row[0].strip();
            String oldName = Texts.nfc(row[1]);
            if (oldName.isEmpty()) {
                withoutPredecessor++;
                continue;
            }
            String newName = Texts.nfc(row[5]);
            Unit byCode = newCommunes.byCode.get(String.format("%5s", row[4].strip()).replace(' ', '0'));
            Unit newCommune = byCode != null && byCode.name.equals(newName) ? byCode
                    : newCommunes.byNameInProvince.get(newName + "|" + withoutCityPrefix(Texts.nfc(row[6])));
            if (newCommune == null) {
                unresolved++;
                continue;
            }
            if (newCommune != byCode) {
                corrected++;
            }
            String key = newCommune.id + "|" + oldName + "|" + Texts.nfc(row[2]) + "|" + Texts.nfc(row[3]);
            CommunePredecessorRepository.Row earlier = kept.get(key);
            if (earlier != null) {
                duplicates++;
                if (earlier.oldCode() != null || oldCode == null) {
                    continue;
                }
            }
            kept.put(key, new CommunePredecessorRepository.Row(newCommune.id, oldCode, oldName, Texts.nfc(row[2]),
                    Texts.nfc(row[3])));
        }
        predecessors.replaceAll(List.copyOf(kept.values()));
        return new MappingCounts(kept.size(), duplicates, withoutPredecessor, corrected, unresolved);
    }

    private static String withoutCityPrefix(String provinceName) {
        return provinceName.startsWith("Thành phố ") ? provinceName.substring("Thành phố ".length()) : provinceName;
    }

    private final class Tally {
        private int created;
        private int updated;
        private int unchanged;

        Unit apply(UnitDraft draft) {
            Optional<Unit> existing = units.findByCode(draft.code(), IN_FORCE_FROM);
            if (existing.isEmpty()) {
                created++;
                return service.create(draft, Optional.empty());
            } else if (sameAs(existing.get(), draft)) {
                unchanged++;
                return existing.get();
            } else {
                updated++;
                return service.update(draft.code(), draft, ExpectedVersion.ANY);
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
