package studio.smartwork.portal.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.people.Member;
import studio.smartwork.portal.people.Team;
import studio.smartwork.portal.people.TenantMembers;
import studio.smartwork.portal.people.TenantTeams;
import studio.smartwork.portal.shared.ui.FieldErrors;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.tenant.TenantAccess;

/** Changes a member's role or team. */
class MemberDialog extends Dialog {

    MemberDialog(TenantMembers tenantMembers, TenantTeams tenantTeams, TenantAccess access, Member member, Runnable onChanged) {
        setHeaderTitle(member.displayName());
        Select<TenantRole> role = new Select<>();
        role.setLabel(getTranslation("people.invite.role"));
        role.setItems(access.role() == TenantRole.ADMIN ? List.of(TenantRole.EXECUTIVE, TenantRole.STAFF) : List.of(TenantRole.STAFF));
        role.setItemLabelGenerator(r -> getTranslation(r.textKey()));
        role.setValue(member.role());
        List<Team> teams = tenantTeams.teams(access.tenant().id());
        ComboBox<Team> team = new ComboBox<>(getTranslation("people.invite.team"));
        team.setItems(teams);
        team.setItemLabelGenerator(Team::name);
        team.setClearButtonVisible(true);
        teams.stream().filter(t -> member.teamId() != null && t.id() == member.teamId()).findFirst().ifPresent(team::setValue);
        add(new FormLayout(role, team));
        Button save = new Button(getTranslation("people.save"), click -> {
            FieldErrors.attempt(Map.of("role", role, "team", team), () -> {
                tenantMembers.changeMember(access.tenant().id(), member.personId(), role.getValue(),
                        team.getValue() == null ? null : team.getValue().id());
                Notifications.success(getTranslation("people.member.updated", member.displayName()));
                onChanged.run();
                close();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("people.cancel"), click -> close()), save);
    }
}
