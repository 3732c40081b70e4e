package studio.smartwork.portal.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which lines of an analysis an executive sees on their own, and which are folded into "Other"
 * (docs/product.md, "Groups of three"). A line is shown where at least
 * {@link Analysis#SMALLEST_GROUP_SHOWN} people contributed to it. The "Other" line must cover
 * as many people too: folding a single small group would show its figures under another
 * name, and with the totals shown it could be worked out anyway. So while the folded lines
 * together cover fewer people, the shown line with the fewest people (the lowest ranked of
 * equals) is folded as well.
 */
final class SmallGroups {

    /** A line of the analysis with the people who contributed to it. */
    record Line<T>(T figures, Set<Long> people) {
    }

    record Folding<T>(List<T> shown, List<T> folded) {
    }

    private SmallGroups() {
    }

    /** Lines in ranking order; the shown ones keep it. */
    static <T> Folding<T> fold(List<Line<T>> lines) {
        List<Line<T>> shown = new ArrayList<>();
        List<Line<T>> folded = new ArrayList<>();
        Set<Long> foldedPeople = new HashSet<>();
        for (Line<T> line : lines) {
            if (line.people().size() >= Analysis.SMALLEST_GROUP_SHOWN) {
                shown.add(line);
            } else {
                folded.add(line);
                foldedPeople.addAll(line.people());
            }
        }
        while (!folded.isEmpty() && foldedPeople.size() < Analysis.SMALLEST_GROUP_SHOWN && !shown.isEmpty()) {
            Line<T> fewest = shown.getLast();
            for (Line<T> line : shown) {
                if (line.people().size() < fewest.people().size()) {
                    fewest = line;
                }
            }
            shown.remove(fewest);
            folded.add(fewest);
            foldedPeople.addAll(fewest.people());
        }
        return new Folding<>(shown.stream().map(Line::figures).toList(), folded.stream().map(Line::figures).toList());
    }
}
