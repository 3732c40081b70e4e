package studio.smartwork.portal.readiness.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.readiness.ReadinessResult;
import studio.smartwork.portal.readiness.ReadinessService;
import studio.smartwork.portal.readiness.ReadinessSign;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shell.TenantLayout;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenant.TenantAccess;

/** The six warning signs of "AI theatre": executives tick what applies; three or more is a warning. */
@Route(value = "self-check", layout = TenantLayout.class)
@PageTitle("Self-check · SmartWork Portal")
@PermitAll
public class ReadinessCheckView extends VerticalLayout implements BeforeEnterObserver {

    private final ReadinessService readiness;

    public ReadinessCheckView(ReadinessService readiness) {
        this.readiness = readiness;
        setPadding(false);
        addClassName("readiness-check-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TenantAccess access = TenantLayout.current();
        if (!access.role().managesPeople()) {
            throw new TenantNotFoundException();
        }
        removeAll();
        add(new H3("Readiness self-check"),
                new Paragraph("Which of these are true in your company today? Three or more mean effort is going into AI "
                        + "without a problem to solve; start from the time audit instead."));
        Optional<ReadinessResult> latest = readiness.latest(access.tenant().id());
        CheckboxGroup<ReadinessSign> signs = new CheckboxGroup<>("Warning signs");
        signs.setItems(ReadinessSign.values());
        signs.setItemLabelGenerator(ReadinessSign::statement);
        signs.addThemeName("vertical");
        latest.ifPresent(result -> signs.setValue(result.signs()));
        add(signs);
        latest.ifPresent(result -> add(summary(access, result)));
        if (access.role() == TenantRole.EXECUTIVE) {
            Button save = new Button("Save answers", click -> {
                ReadinessResult result = readiness.answer(access.tenant().id(), signs.getValue());
                Notifications.success(result.isWarning()
                        ? result.signs().size() + " warning signs: talk to your consultant about starting from the audit."
                        : "Saved. " + result.signs().size() + " of 6 warning signs.");
                beforeEnter(event);
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save);
        } else {
            signs.setReadOnly(true);
            if (latest.isEmpty()) {
                add(new Paragraph("The client's executives have not answered the self-check yet."));
            }
        }
    }

    private static Paragraph summary(TenantAccess access, ReadinessResult result) {
        Paragraph summary = new Paragraph(result.signs().size() + " of 6 warning signs"
                + (result.isWarning() ? " — a warning." : ".") + " Last answered by " + result.answeredBy() + ", "
                + access.tenant().format().dateTime(result.answeredAt()) + ".");
        summary.addClassName(result.isWarning() ? "readiness-warning" : "readiness-ok");
        return summary;
    }
}
