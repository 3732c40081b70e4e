package studio.smartwork.portal.readiness.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.readiness.ReadinessResult;
import studio.smartwork.portal.readiness.ReadinessService;
import studio.smartwork.portal.readiness.ReadinessSign;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shell.TenantLayout;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenant.TenantAccess;

/** The six warning signs of "AI theatre": executives tick what applies; three or more is a warning. */
@Route(value = "self-check", layout = TenantLayout.class)
@PermitAll
public class ReadinessCheckView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReadinessService readiness;

    public ReadinessCheckView(ReadinessService readiness) {
        this.readiness = readiness;
        setPadding(false);
        addClassName("readiness-check-view");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("readiness.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TenantAccess access = TenantLayout.current();
        if (!access.role().managesPeople()) {
            throw new TenantNotFoundException();
        }
        removeAll();
        add(new H3(getTranslation("readiness.title")), new Paragraph(getTranslation("readiness.intro")));
        Optional<ReadinessResult> latest = readiness.latest(access.tenant().id());
        CheckboxGroup<ReadinessSign> signs = new CheckboxGroup<>(getTranslation("readiness.signs"));
        signs.setItems(ReadinessSign.values());
        signs.setItemLabelGenerator(sign -> getTranslation(sign.textKey()));
        signs.addThemeName("vertical");
        latest.ifPresent(result -> signs.setValue(result.signs()));
        add(signs);
        latest.ifPresent(result -> add(summary(access, result)));
        if (access.role() == TenantRole.EXECUTIVE) {
            Button save = new Button(getTranslation("readiness.save"), click -> {
                ReadinessResult result = readiness.answer(access.tenant().id(), signs.getValue());
                Notifications.success(getTranslation(result.isWarning() ? "readiness.saved-warning" : "readiness.saved",
                        result.signs().size()));
                beforeEnter(event);
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save);
        } else {
            signs.setReadOnly(true);
            if (latest.isEmpty()) {
                add(new Paragraph(getTranslation("readiness.not-answered")));
            }
        }
    }

    private Paragraph summary(TenantAccess access, ReadinessResult result) {
        Paragraph summary = new Paragraph(getTranslation(result.isWarning() ? "readiness.summary-warning" : "readiness.summary",
                result.signs().size(), result.answeredBy(), access.tenant().formatFor(getLocale()).dateTime(result.answeredAt())));
        summary.addClassName(result.isWarning() ? "readiness-warning" : "readiness-ok");
        return summary;
    }
}
