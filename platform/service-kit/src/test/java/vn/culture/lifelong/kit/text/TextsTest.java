package vn.culture.lifelong.kit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void textIsStoredInNfcWithoutSurroundingSpaces() {
        String decomposed = Normalizer.normalize("Thư viện tỉnh Lạng Sơn", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Thư viện tỉnh Lạng Sơn");
        assertThat(Texts.nfc("  " + decomposed + " ")).isEqualTo("Thư viện tỉnh Lạng Sơn");
    }

    @Test
    void controlCharactersAreFoundButLineBreaksAreTextWhereTextHasLines() {
        assertThat(Texts.firstControlCharacter("dong dang", false)).isEmpty();
        assertThat(Texts.firstControlCharacter("a\u0000'", false)).isEqualTo(OptionalInt.of(1));
        assertThat(Texts.firstControlCharacter("a\u007F", true)).isEqualTo(OptionalInt.of(1));
        assertThat(Texts.firstControlCharacter("dòng 1\r\n\tdòng 2", true)).isEmpty();
        assertThat(Texts.firstControlCharacter("dòng 1\ndòng 2", false)).isEqualTo(OptionalInt.of(6));
        assertThat(Texts.firstControlCharacter("x\u001By", true)).isEqualTo(OptionalInt.of(1));
    }
}
