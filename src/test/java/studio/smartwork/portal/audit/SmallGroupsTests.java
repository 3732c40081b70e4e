package studio.smartwork.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.audit.SmallGroups.Folding;
import studio.smartwork.portal.audit.SmallGroups.Line;

class SmallGroupsTests {

    @Test
    void groupsOfThreeOrMoreAreShownAndSmallOnesCoveringThreePeopleTogetherAreFolded() {
        Folding<String> folding = SmallGroups.fold(List.of(
                new Line<>("Front desk", Set.of(1L, 2L, 3L)),
                new Line<>("Refunds", Set.of(4L)),
                new Line<>("Invoices", Set.of(5L, 6L))));

        assertThat(folding.shown()).containsExactly("Front desk");
        assertThat(folding.folded()).containsExactly("Refunds", "Invoices");
    }

    @Test
    void aSingleSmallGroupIsNotShownUnderAnotherNameTheSmallestShownGroupJoinsIt() {
        // Back office alone would be Lia's figures under "Other": the smallest shown group joins it.
        Folding<String> folding = SmallGroups.fold(List.of(
                new Line<>("Sales", Set.of(1L, 2L, 3L, 4L)),
                new Line<>("Front desk", Set.of(1L, 2L, 3L)),
                new Line<>("Back office", Set.of(3L))));

        assertThat(folding.shown()).containsExactly("Sales");
        assertThat(folding.folded()).containsExactly("Back office", "Front desk");
    }

    @Test
    void smallGroupsOfTheSamePeopleStillCountThosePeopleOnce() {
        // Two small groups of Lia and Sam are two people together, not four.
        Folding<String> folding = SmallGroups.fold(List.of(
                new Line<>("Calls", Set.of(1L, 2L, 3L, 4L)),
                new Line<>("Chat", Set.of(1L, 2L, 3L)),
                new Line<>("Mail", Set.of(7L, 8L)),
                new Line<>("Post", Set.of(7L, 8L))));

        assertThat(folding.shown()).containsExactly("Calls");
        assertThat(folding.folded()).containsExactly("Mail", "Post", "Chat");
    }

    @Test
    void withFewerThanThreePeopleInAllEverythingIsOneLine() {
        Folding<String> folding = SmallGroups.fold(List.of(new Line<>("Calls", Set.of(1L, 2L)), new Line<>("Mail", Set.of(2L))));

        assertThat(folding.shown()).isEmpty();
        assertThat(folding.folded()).containsExactly("Calls", "Mail");
    }

    @Test
    void nothingSmallNothingFolded() {
        Folding<String> folding = SmallGroups.fold(List.of(new Line<>("Calls", Set.of(1L, 2L, 3L))));

        assertThat(folding.shown()).containsExactly("Calls");
        assertThat(folding.folded()).isEmpty();
    }
}
