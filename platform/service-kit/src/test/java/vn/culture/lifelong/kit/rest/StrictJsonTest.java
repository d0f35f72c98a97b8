package vn.culture.lifelong.kit.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** JSON read as its types say, by a mapper set up as Quarkus sets up the services' (java.time first, the kit last). */
class StrictJsonTest {

    enum Kind {
        LIBRARY,
        MUSEUM
    }

    record Unit(String code, Kind kind, Integer population, LocalDate validFrom) {
    }

    private final ObjectMapper json = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }

    private Unit read(String body) throws Exception {
        return json.readValue(body, Unit.class);
    }

    @Test
    void valuesOfTheirTypesAreRead() throws Exception {
        assertThat(read("{\"code\": \"06184\", \"kind\": \"MUSEUM\", \"population\": 12000, \"validFrom\": \"2025-07-01\"}"))
                .isEqualTo(new Unit("06184", Kind.MUSEUM, 12_000, LocalDate.of(2025, 7, 1)));
        assertThat(read("{\"validFrom\": \"\"}").validFrom()).isNull();
    }

    @Test
    void aValueOfAnotherTypeIsRefusedNamingItsField() {
        assertRefused("{\"code\": 6184}", "code");
        assertRefused("{\"code\": true}", "code");
        assertRefused("{\"kind\": 0}", "kind");
        assertRefused("{\"population\": 12.5}", "population");
        assertRefused("{\"validFrom\": 20260101}", "validFrom");
    }

    @Test
    void aDayIsARealDayOfTheYears1To9999() {
        assertRefused("{\"validFrom\": \"2026-02-30\"}", "validFrom");
        assertRefused("{\"validFrom\": \"+999999999-12-31\"}", "validFrom");
        assertRefused("{\"validFrom\": \"0000-01-01\"}", "validFrom");
        assertRefused("{\"validFrom\": \"30/11/2026\"}", "validFrom");
    }

    private void assertRefused(String body, String field) {
        assertThatThrownBy(() -> read(body)).isInstanceOfSatisfying(MismatchedInputException.class,
                e -> assertThat(e.getPath()).extracting(reference -> reference.getFieldName()).containsExactly(field));
    }
}
