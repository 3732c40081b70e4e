package studio.smartwork.portal.portfolio;

import java.util.List;

/** A consultant's clients side by side and, across them, what needs the consultant, most urgent first. */
public record Portfolio(List<PortfolioRow> rows, List<NextAction> nextActions) {
}
