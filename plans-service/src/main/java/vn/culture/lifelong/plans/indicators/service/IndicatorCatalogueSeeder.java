package vn.culture.lifelong.plans.indicators.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import vn.culture.lifelong.plans.indicators.repository.IndicatorRepository;

/**
 * On start, adds the indicators the seed plans need ({@code reference/indicators.json}) that the catalogue does
 * not have yet; what admins changed since stays as they left it. Each addition is published like any other.
 */
@ApplicationScoped
public class IndicatorCatalogueSeeder {

    private static final String CATALOGUE = "/reference/indicators.json";

    private final IndicatorService service;
    private final IndicatorRepository indicators;
    private final ObjectMapper json;

    public IndicatorCatalogueSeeder(IndicatorService service, IndicatorRepository indicators, ObjectMapper json) {
        this.service = service;
        this.indicators = indicators;
        this.json = json;
    }

    @Transactional
    void addMissing(@Observes StartupEvent start) {
        indicators.lockCatalogue();
        for (IndicatorDraft draft : read()) {
            if (indicators.findByCode(draft.code()).isEmpty()) {
                service.create(draft, Optional.empty());
            }
        }
    }

    private List<IndicatorDraft> read() {
        try (InputStream in = IndicatorCatalogueSeeder.class.getResourceAsStream(CATALOGUE)) {
            if (in == null) {
                throw new IllegalStateException("Missing from the build: " + CATALOGUE);
            }
            return json.readValue(in, new TypeReference<List<IndicatorDraft>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
