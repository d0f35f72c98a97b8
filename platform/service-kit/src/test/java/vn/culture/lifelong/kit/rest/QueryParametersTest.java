package vn.culture.lifelong.kit.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.kit.problem.InvalidRequestException;

/** Query parameters that do not convert are refused naming them; nothing is read as what it does not say. */
class QueryParametersTest {

    private static <T> T read(Class<T> type, String name, String text) {
        QueryParam parameter = new QueryParam() {
            @Override
            public String value() {
                return name;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return QueryParam.class;
            }
        };
        ParamConverter<T> converter = new QueryParameters().getConverter(type, type, new Annotation[] {parameter});
        return converter.fromString(text);
    }

    private static void assertRefused(Class<?> type, String name, String text) {
        assertThatThrownBy(() -> read(type, name, text)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.field()).isEqualTo(name));
    }

    @Test
    void trueOrFalseIsNothingElse() {
        assertThat(read(boolean.class, "dryRun", "true")).isTrue();
        assertThat(read(Boolean.class, "dryRun", "FALSE")).isFalse();
        assertRefused(boolean.class, "dryRun", "yes");
        assertRefused(Boolean.class, "dryRun", "1");
    }

    @Test
    void aDayIsARealDayOfTheYears1To9999() {
        assertThat(read(LocalDate.class, "on", "2025-07-01")).isEqualTo(LocalDate.of(2025, 7, 1));
        assertRefused(LocalDate.class, "on", "+999999999-12-31");
        assertRefused(LocalDate.class, "on", "-999999999-01-01");
        assertRefused(LocalDate.class, "on", "2026-02-30");
    }

    @Test
    void blankLeavesOutAnOptionalNumberButNotAPrimitiveOne() {
        assertThat(read(int.class, "days", "30")).isEqualTo(30);
        assertRefused(int.class, "days", "99999999999");
        assertRefused(int.class, "days", " ");
        assertThat(read(Integer.class, "page", " ")).isNull();
    }
}
