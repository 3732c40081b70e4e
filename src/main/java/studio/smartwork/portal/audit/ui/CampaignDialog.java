package studio.smartwork.portal.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.audit.AuditCampaigns;
import studio.smartwork.portal.audit.AuditPerson;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.shared.ui.DatePickers;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shared.ui.UserFacingErrors;
import studio.smartwork.portal.tenant.TenantAccess;

/** Starts a campaign or changes its name, window and invited people. */
class CampaignDialog extends Dialog {

    CampaignDialog(AuditCampaigns campaigns, TenantAccess access, @Nullable Campaign campaign, Runnable onSaved) {
        setHeaderTitle(campaign == null ? getTranslation("audit.campaign-dialog.new") : campaign.name());
        TextField name = new TextField(getTranslation("audit.campaign-dialog.name"));
        DatePicker startsOn = new DatePicker(getTranslation("audit.campaign-dialog.first-day"));
        DatePicker endsOn = new DatePicker(getTranslation("audit.campaign-dialog.last-day"));
        DatePickers.inReadersWords(startsOn, access.tenant().formatFor(getLocale()));
        DatePickers.inReadersWords(endsOn, access.tenant().formatFor(getLocale()));
        MultiSelectComboBox<AuditPerson> participants = new MultiSelectComboBox<>(getTranslation("audit.campaign-dialog.invited"));
        List<AuditPerson> people = campaigns.invitablePeople(access.tenant().id());
        participants.setItems(people);
        participants.setItemLabelGenerator(p -> getTranslation("audit.campaign-dialog.invitee", p.displayName(), getTranslation(p.role().textKey())));
        if (campaign != null) {
            name.setValue(campaign.name());
            startsOn.setValue(campaign.startsOn());
            endsOn.setValue(campaign.endsOn());
            Set<Long> invited = Set.copyOf(campaigns.participantIds(access.tenant().id(), campaign.id()));
            participants.setValue(people.stream().filter(p -> invited.contains(p.personId())).toList());
        }
        add(new FormLayout(name, startsOn, endsOn, participants));
        Button save = new Button(getTranslation("audit.save"), click -> {
            UserFacingErrors.attempt(() -> {
                Campaign saved = campaigns.save(access.tenant().id(), campaign == null ? null : campaign.id(), name.getValue(),
                        startsOn.getValue(), endsOn.getValue(), participants.getValue().stream().map(AuditPerson::personId).toList());
                Notifications.success(getTranslation("audit.campaign-dialog.saved", saved.name()));
                onSaved.run();
                close();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("audit.cancel"), click -> close()), save);
    }
}
