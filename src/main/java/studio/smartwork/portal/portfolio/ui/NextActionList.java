package studio.smartwork.portal.portfolio.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import studio.smartwork.portal.portfolio.NextAction;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shell.ShellNavigation;

/**
 * The top of the portfolio: what needs the consultant today across their clients, most urgent
 * first, each a link to the page where they act on it.
 */
class NextActionList extends Div {

    NextActionList(List<NextAction> actions) {
        setId("next-actions");
        addClassName("next-actions");
        add(new H3(getTranslation("portfolio.next-actions.title")));
        if (actions.isEmpty()) {
            add(new Paragraph(getTranslation("portfolio.next-actions.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        // A consultant of many clients may have many actions: the list scrolls rather than pushing the clients out of view.
        list.getStyle().set("max-height", "16em").set("overflow-y", "auto");
        actions.forEach(action -> {
            Anchor link = new Anchor(path(action), text(action));
            link.getElement().setAttribute("router-link", true);
            link.addClassName("next-action");
            ListItem item = new ListItem(link);
            item.getElement().setAttribute("data-kind", action.kind().name());
            list.add(item);
        });
        add(list);
    }

    private String text(NextAction action) {
        TenantFormat format = action.client().formatFor(getLocale());
        return getTranslation(action.kind().textKey(), action.client().name(), action.reference(), action.subject(),
                format.date(action.date()), action.completion() == null ? "" : format.percent(action.completion(), 0));
    }

    /** Where the consultant acts: the record to revise or chase, the solution's alerts, the board, the campaign's page. */
    static String path(NextAction action) {
        String slug = action.client().slug();
        return switch (action.kind()) {
            case CHANGES_REQUESTED, APPROVAL_WAITING -> ShellNavigation.designRecordPath(slug, (int) action.target());
            case KPI_ALERT -> ShellNavigation.solutionAlertsPath(slug, action.target());
            case OVERDUE_ITEM -> ShellNavigation.tenantPath(slug) + "/board";
            case CAMPAIGN_ENDING -> ShellNavigation.tenantPath(slug) + "/audit/" + action.target();
        };
    }
}
