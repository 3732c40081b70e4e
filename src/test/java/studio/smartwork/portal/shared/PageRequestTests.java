package studio.smartwork.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A page request turns what a grid asks for into SQL only through the columns a list offers. */
class PageRequestTests {

    private static final Map<String, String> SORTS = Map.of("minutes", "e.minutes");

    @Test
    void aKnownColumnSortsFirstAndTheListsOwnOrderBreaksTies() {
        assertThat(new PageRequest(0, 50, "minutes", true, "").orderBy(SORTS, "e.id desc"))
                .isEqualTo("e.minutes desc nulls last, e.id desc");
        assertThat(new PageRequest(0, 50, "minutes", false, "").orderBy(SORTS, "e.id desc"))
                .isEqualTo("e.minutes asc nulls first, e.id desc");
    }

    @Test
    void anUnknownColumnOrNoneSortsByTheListsOwnOrder() {
        assertThat(new PageRequest(0, 50, "minutes; drop table person", true, "").orderBy(SORTS, "e.id desc")).isEqualTo("e.id desc");
        assertThat(PageRequest.first(50).orderBy(SORTS, "e.id desc")).isEqualTo("e.id desc");
    }

    @Test
    void theFilterMatchesItselfAnywhereWithItsWildcardsTakenLiterally() {
        assertThat(PageRequest.first(10).filtered("  50%_off\\  ").containsPattern()).isEqualTo("%50\\%\\_off\\\\%");
        assertThat(PageRequest.first(10).hasFilter()).isFalse();
        assertThat(PageRequest.first(10).filtered("ANA").matches("Person ana")).isTrue();
        assertThat(PageRequest.first(10).filtered("ana").matches("Bea")).isFalse();
    }

    @Test
    void aPageIsNeverNegativeNorHuge() {
        assertThat(new PageRequest(0, Integer.MAX_VALUE, null, false, null).limit()).isEqualTo(PageRequest.MOST_ROWS);
        assertThatThrownBy(() -> new PageRequest(-1, 10, null, false, "")).isInstanceOf(IllegalArgumentException.class);
    }
}
