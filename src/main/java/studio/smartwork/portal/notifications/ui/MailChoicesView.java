package studio.smartwork.portal.notifications.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.CurrentActor;
import studio.smartwork.portal.notifications.MailChoices;
import studio.smartwork.portal.notifications.NotificationKind;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shared.ui.UserFacingErrors;
import studio.smartwork.portal.shell.MainLayout;

/**
 * "E-mail me about…": which kinds of notification the signed-in person also receives by e-mail.
 * The choice is theirs in every client they belong to; each box saves as it is ticked.
 */
@Route(value = NotificationsNavigation.MAIL_CHOICES, layout = MainLayout.class)
@PermitAll
public class MailChoicesView extends VerticalLayout implements HasDynamicTitle {

    MailChoicesView(MailChoices mailChoices) {
        addClassName("mail-choices-view");
        Actor me = CurrentActor.require();
        add(new H2(getTranslation("notifications.choices.title")), new Paragraph(getTranslation("notifications.choices.intro")));
        Map<NotificationKind, Boolean> choices = mailChoices.myChoices();
        for (NotificationKind kind : NotificationKind.values()) {
            Checkbox box = new Checkbox(getTranslation(kind.textKey()), choices.get(kind));
            box.setId("mail-choice-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            box.addValueChangeListener(change -> UserFacingErrors.attempt(() -> mailChoices.choose(kind, change.getValue())));
            add(box);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("notifications.choices.page-title");
    }
}
