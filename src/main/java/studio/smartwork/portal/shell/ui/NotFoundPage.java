package studio.smartwork.portal.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import studio.smartwork.portal.shared.ui.PageTitles;

/**
 * One answer for "no such page" and "not yours": the same words and status, so nobody
 * learns whether another tenant exists by typing its address.
 */
abstract class NotFoundPage extends VerticalLayout implements HasDynamicTitle {

    NotFoundPage() {
        addClassName("not-found-view");
        add(new H1(getTranslation("shell.not-found.title")),
                new Paragraph(getTranslation("shell.not-found.text")),
                new Anchor("", getTranslation("shell.not-found.back")));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("shell.not-found.page-title");
    }
}
