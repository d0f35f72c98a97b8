package vn.culture.lifelong.kit.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.kit.problem.InvalidRequestException;
import vn.culture.lifelong.kit.problem.StaleVersionException;

class ExpectedVersionTest {

    @Test
    void ifMatchNamesTheVersionOfAnETag() {
        assertThat(ExpectedVersion.fromIfMatch("\"3\"").version()).isEqualTo(OptionalLong.of(3));
        assertThat(ExpectedVersion.fromIfMatch("W/\"7\"").version()).isEqualTo(OptionalLong.of(7));
        assertThat(ExpectedVersion.fromIfMatch(" 12 ").version()).isEqualTo(OptionalLong.of(12));
        assertThat(ExpectedVersion.etag(3).toString()).isEqualTo("\"3\"");
    }

    @Test
    void withoutIfMatchOrWithAStarAnyVersionWillDo() {
        assertThat(ExpectedVersion.fromIfMatch(null)).isEqualTo(ExpectedVersion.ANY);
        assertThat(ExpectedVersion.fromIfMatch("*")).isEqualTo(ExpectedVersion.ANY);
        ExpectedVersion.ANY.check(42);
    }

    @Test
    void anIfMatchThatIsNoETagOfOursIsRefusedNamingTheHeader() {
        assertThatThrownBy(() -> ExpectedVersion.fromIfMatch("\"abc\""))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("If-Match"));
    }

    @Test
    void anOldVersionIsStale() {
        ExpectedVersion.fromIfMatch("\"4\"").check(4);
        assertThatThrownBy(() -> ExpectedVersion.fromIfMatch("\"3\"").check(4)).isInstanceOf(StaleVersionException.class);
    }
}
