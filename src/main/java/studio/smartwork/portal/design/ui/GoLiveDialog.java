package studio.smartwork.portal.design.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import studio.smartwork.portal.design.DesignAction;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.SolutionDelivery;
import studio.smartwork.portal.shared.ui.FieldErrors;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.tenant.TenantAccess;

/** Puts a built solution live from a chosen month; savings are counted from that month on. */
class GoLiveDialog extends Dialog {

    GoLiveDialog(SolutionDelivery delivery, TenantAccess access, int number, Runnable onDone) {
        setHeaderTitle(getTranslation("design.go-live.title", DesignRecordSummary.reference(number)));
        YearMonth now = YearMonth.now(access.tenant().settings().timeZone());
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            months.add(now.minusMonths(i));
        }
        Select<YearMonth> month = new Select<>();
        month.setLabel(getTranslation("design.go-live.month"));
        month.setItems(months);
        month.setValue(now);
        month.setItemLabelGenerator(access.tenant().formatFor(getLocale())::month);
        add(new Paragraph(getTranslation("design.go-live.text")), month);
        Button live = new Button(getTranslation(DesignAction.GO_LIVE.textKey()), click -> {
            FieldErrors.attempt(Map.of("liveSince", month), () -> {
                delivery.goLive(access.tenant().id(), number, month.getValue());
                Notifications.success(getTranslation("design.go-live.done", DesignRecordSummary.reference(number)));
                close();
                onDone.run();
            });
        });
        live.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("design.cancel"), click -> close()), live);
    }
}
