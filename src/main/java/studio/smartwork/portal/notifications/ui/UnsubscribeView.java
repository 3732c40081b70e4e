package studio.smartwork.portal.notifications.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import studio.smartwork.portal.notifications.MailChoices;
import studio.smartwork.portal.shared.ui.PageTitles;

/**
 * Where the one-click link at the end of an optional e-mail leads: it turns that kind of mail
 * off without signing in, and says so, with the way to the person's other choices. A link that
 * was altered or made up turns off nothing and says that politely.
 */
@Route(NotificationsNavigation.UNSUBSCRIBE)
@AnonymousAllowed
public class UnsubscribeView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final MailChoices mailChoices;

    UnsubscribeView(MailChoices mailChoices) {
        this.mailChoices = mailChoices;
        addClassName("unsubscribe-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        Anchor choices = new Anchor(NotificationsNavigation.MAIL_CHOICES, getTranslation("notifications.unsubscribe.choices"));
        mailChoices.unsubscribe(token).ifPresentOrElse(
                done -> add(new H2(getTranslation("notifications.unsubscribe.done.title")),
                        new Paragraph(getTranslation("notifications.unsubscribe.done", getTranslation(done.kind().textKey()), done.email())),
                        choices),
                () -> add(new H2(getTranslation("notifications.unsubscribe.refused.title")),
                        new Paragraph(getTranslation("notifications.unsubscribe.refused")), choices));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("notifications.unsubscribe.page-title");
    }
}
