package studio.smartwork.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EnteredTextTests {

    @Test
    void aNameIsOneLineOfOrdinaryCharacters() {
        assertThat(EnteredText.isLine("Facturación – Q4 🙂")).isTrue();
        assertThat(EnteredText.isLine(null)).isTrue();
        assertThat(EnteredText.isLine("two\nlines")).isFalse();
        assertThat(EnteredText.isLine("tab\there")).isFalse();
        assertThat(EnteredText.isLine("nul\0")).isFalse();
        assertThat(EnteredText.isLine("delete\u007F")).isFalse();
    }

    @Test
    void aNoteMayHaveLinesButNoNul() {
        assertThat(EnteredText.isProse("first\nsecond\r\n\tindented")).isTrue();
        assertThat(EnteredText.isProse("bell\u0007")).isTrue();
        assertThat(EnteredText.isProse("before\0after")).isFalse();
    }

    @Test
    void refusalsNameTheField() {
        assertThatThrownBy(() -> EnteredText.requireProse("note", "a\0b")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsOnlyKeys("note").containsEntry("note", Message.of(EnteredText.PROSE)));
        assertThatThrownBy(() -> EnteredText.requireLine("name", "a\nb")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsOnlyKeys("name").containsEntry("name", Message.of(EnteredText.LINE)));
    }

    @Test
    void theRefusalsReadInEachLanguage() {
        PortalTexts texts = new PortalTexts(true);
        assertThat(texts.text(Language.ENGLISH, EnteredText.LINE)).startsWith("Write this on one line");
        assertThat(texts.text(Language.SPANISH, EnteredText.LINE)).startsWith("Escríbelo en una sola línea");
        assertThat(texts.text(Language.SPANISH, EnteredText.PROSE)).startsWith("Quita el carácter NUL");
    }
}
