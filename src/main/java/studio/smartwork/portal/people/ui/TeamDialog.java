package studio.smartwork.portal.people.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.people.Team;
import studio.smartwork.portal.people.TenantTeams;
import studio.smartwork.portal.shared.ui.FieldErrors;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.tenant.TenantAccess;

/** Creates a team or changes its name and hourly cost. */
class TeamDialog extends Dialog {

    TeamDialog(TenantTeams tenantTeams, TenantAccess access, @Nullable Team team, Runnable onSaved) {
        setHeaderTitle(team == null ? getTranslation("people.team.new") : team.name());
        TextField name = new TextField(getTranslation("people.team.name"));
        BigDecimalField hourlyCost = new BigDecimalField(getTranslation("people.team.hourly-cost"));
        hourlyCost.setHelperText(getTranslation("people.team.hourly-cost.helper"));
        if (team != null) {
            name.setValue(team.name());
            hourlyCost.setValue(team.hourlyCost());
        }
        add(new FormLayout(name, hourlyCost));
        Button save = new Button(getTranslation("people.save"), click -> {
            Map<String, HasValidation> fields = Map.of("name", name, "hourlyCost", hourlyCost);
            FieldErrors.attempt(fields, () -> {
                Team saved = tenantTeams.saveTeam(access.tenant().id(), team == null ? null : team.id(), name.getValue(), hourlyCost.getValue());
                Notifications.success(getTranslation("people.team.saved", saved.name()));
                onSaved.run();
                close();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("people.cancel"), click -> close()), save);
    }
}
