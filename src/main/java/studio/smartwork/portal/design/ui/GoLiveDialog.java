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
import studio.smartwork.portal.design.SolutionDelivery;
import studio.smartwork.portal.shared.ui.FieldErrors;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.tenant.TenantAccess;

/** Puts a built solution live from a chosen month; savings are counted from that month on. */
class GoLiveDialog extends Dialog {

    GoLiveDialog(SolutionDelivery delivery, TenantAccess access, int number, Runnable onDone) {
        setHeaderTitle("Go live with SDR-" + number);
        YearMonth now = YearMonth.now(access.tenant().settings().timeZone());
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            months.add(now.minusMonths(i));
        }
        Select<YearMonth> month = new Select<>();
        month.setLabel("Live since");
        month.setItems(months);
        month.setValue(now);
        month.setItemLabelGenerator(access.tenant().format()::month);
        add(new Paragraph("The KPIs of the approved revision become the solution's KPIs, and its saving is measured from this month."), month);
        Button live = new Button("Go live", click -> {
            FieldErrors.attempt(Map.of("liveSince", month), () -> {
                delivery.goLive(access.tenant().id(), number, month.getValue());
                Notifications.success("SDR-" + number + " is live.");
                close();
                onDone.run();
            });
        });
        live.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), live);
    }
}
