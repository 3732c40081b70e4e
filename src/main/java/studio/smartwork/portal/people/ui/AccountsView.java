package studio.smartwork.portal.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import studio.smartwork.portal.identity.PlatformRole;
import studio.smartwork.portal.identity.Roles;
import studio.smartwork.portal.people.Account;
import studio.smartwork.portal.people.Accounts;
import studio.smartwork.portal.people.PersonErasure;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shell.MainLayout;

/** Every account of the portal, for administrators: find a person, close or reopen their account. */
@Route(value = PeoplePages.ACCOUNTS, layout = MainLayout.class)
@PageTitle("Accounts · SmartWork Portal")
@RolesAllowed(Roles.ADMIN)
public class AccountsView extends VerticalLayout {

    private final Accounts accounts;
    private final PersonErasure erasure;
    private final TextField search = new TextField();
    private final Grid<Account> grid = new Grid<>();

    AccountsView(Accounts accounts, PersonErasure erasure) {
        this.accounts = accounts;
        this.erasure = erasure;
        addClassName("accounts-view");
        search.setPlaceholder("Name or e-mail");
        search.setAriaLabel("Find an account by name or e-mail");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        grid.setId("accounts");
        grid.addColumn(Account::displayName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(Account::email).setHeader("E-mail").setFlexGrow(2);
        grid.addColumn(a -> a.platformRole() == null ? "Client person"
                : a.platformRole() == PlatformRole.ADMIN ? "Administrator" : "Consultant").setHeader("Kind").setAutoWidth(true);
        grid.addColumn(a -> a.erased() ? "Erased" : !a.active() ? "Deactivated" : a.signInReady() ? "Active" : "Invited")
                .setHeader("Account")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        add(new H2("Accounts"), new Paragraph("Deactivating an account signs the person out everywhere at once and keeps them "
                + "out of every tenant; what they did stays. Reactivating gives the account back as it was."), search, grid);
        refresh();
    }

    private HorizontalLayout actions(Account account) {
        HorizontalLayout actions = new HorizontalLayout();
        if (account.erased()) {
            return actions;
        }
        if (account.active()) {
            Button deactivate = new Button("Deactivate", click -> confirmDeactivate(account));
            deactivate.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.add(deactivate);
        } else {
            Button reactivate = new Button("Reactivate", click -> {
                accounts.reactivate(account.personId());
                Notifications.success(account.displayName() + " can sign in again.");
                refresh();
            });
            reactivate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(reactivate);
        }
        Button erase = new Button("Erase", click -> confirmErase(account));
        erase.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        actions.add(erase);
        return actions;
    }

    /** Erasing cannot be undone: the administrator types the person's address to confirm it is the one they mean. */
    private void confirmErase(Account account) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Erase " + account.displayName() + "?");
        TextField typed = new TextField("Type their e-mail address to confirm");
        typed.setWidthFull();
        Button erase = new Button("Erase for good", click -> {
            if (!typed.getValue().trim().equalsIgnoreCase(account.email())) {
                typed.setErrorMessage("Type " + account.email() + " exactly.");
                typed.setInvalid(true);
                return;
            }
            String label = erasure.erase(account.personId());
            Notifications.success(account.displayName() + " is erased; what they did is kept as " + label + ".");
            dialog.close();
            refresh();
        });
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph("Their name and e-mail address are removed everywhere, their account and sign-in are deleted, and "
                + "they leave every tenant. What they did stays — their time in the audits' figures, their records and comments — "
                + "under \"Former member " + account.personId() + "\". This cannot be undone."), typed);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), erase);
        dialog.open();
    }

    private void confirmDeactivate(Account account) {
        ConfirmDialog confirm = new ConfirmDialog("Deactivate " + account.displayName() + "?",
                "They are signed out everywhere at once and cannot sign in again until an administrator reactivates the account.",
                "Deactivate", event -> {
                    accounts.deactivate(account.personId());
                    Notifications.success(account.displayName() + " is deactivated and signed out.");
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void refresh() {
        String text = search.getValue();
        grid.setItems(query -> accounts.find(text, query.getOffset(), query.getLimit()).stream(), query -> (int) accounts.count(text));
    }
}
