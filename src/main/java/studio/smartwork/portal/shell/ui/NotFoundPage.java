package studio.smartwork.portal.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * One answer for "no such page" and "not yours": the same words and status, so nobody
 * learns whether another tenant exists by typing its address.
 */
abstract class NotFoundPage extends VerticalLayout {

    NotFoundPage() {
        addClassName("not-found-view");
        add(new H1("Not found"),
                new Paragraph("There is nothing at this address, or you have no access to it."),
                new Anchor("", "Back to the start page"));
    }
}
