package vn.culture.lifelong.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Messages messages = new Messages(List.of("test-library/messages"));

    @Test
    void theKitsMessagesAreVietnameseByDefaultAndEnglishOnRequest() {
        assertThat(messages.get(Messages.VIETNAMESE, "problem.title.412")).isEqualTo("Dữ liệu đã bị thay đổi");
        assertThat(messages.get(Locale.ENGLISH, "problem.title.412")).isEqualTo("Changed by someone else");
    }

    @Test
    void theServiceWordsAMessageBeforeItsLibrariesAndTheKit() {
        assertThat(messages.get(Messages.VIETNAMESE, "problem.forbidden.detail"))
                .isEqualTo("Ứng dụng thử nghiệm: không có quyền.");
        assertThat(messages.get(Locale.ENGLISH, "problem.forbidden.detail")).isEqualTo("Test application: forbidden.");
    }

    @Test
    void aLibraryAddsItsOwnMessagesWithArguments() {
        assertThat(messages.get(Messages.VIETNAMESE, "library.message", "06184")).isEqualTo("Thư viện: 06184.");
        assertThat(messages.get(Locale.ENGLISH, "library.message", "06184")).isEqualTo("Library: 06184.");
    }

    @Test
    void aMessageNobodyWroteIsAnErrorNotABlank() {
        assertThatThrownBy(() -> messages.get(Messages.VIETNAMESE, "no.such.key"))
                .isInstanceOf(MissingResourceException.class).hasMessageContaining("no.such.key");
    }
}
