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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import studio.smartwork.portal.identity.Roles;
import studio.smartwork.portal.people.Account;
import studio.smartwork.portal.people.Accounts;
import studio.smartwork.portal.people.PersonErasure;
import studio.smartwork.portal.shared.ui.GridPages;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shell.MainLayout;
import studio.smartwork.portal.tenantdata.ErasedPerson;

/** Every account of the portal, for administrators: find a person, close or reopen their account. */
@Route(value = PeoplePages.ACCOUNTS, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final Accounts accounts;
    private final PersonErasure erasure;
    private final TextField search = new TextField();
    private final Grid<Account> grid = new Grid<>();

    AccountsView(Accounts accounts, PersonErasure erasure) {
        this.accounts = accounts;
        this.erasure = erasure;
        addClassName("accounts-view");
        search.setPlaceholder(getTranslation("people.accounts.search"));
        search.setAriaLabel(getTranslation("people.accounts.search.label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        grid.setId("accounts");
        // Each sortable column's key is what the server sorts it by (Accounts' sorts).
        grid.addColumn(Account::displayName).setHeader(getTranslation("people.column.name")).setFlexGrow(2)
                .setKey("name").setSortProperty("name");
        grid.addColumn(Account::email).setHeader(getTranslation("people.column.email")).setFlexGrow(2)
                .setKey("email").setSortProperty("email");
        GridPages.scrolling(grid);
        grid.addColumn(a -> getTranslation(a.platformRole() == null ? "people.accounts.kind.client"
                : ConsultancyPeopleView.textKey(a.platformRole()))).setHeader(getTranslation("people.accounts.kind")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(status(a))).setHeader(getTranslation("people.column.account")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        add(new H2(getTranslation("people.accounts.title")), new Paragraph(getTranslation("people.accounts.intro")), search, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("people.accounts.page-title");
    }

    private static String status(Account account) {
        if (account.erased()) {
            return "people.accounts.status.erased";
        }
        if (!account.active()) {
            return "people.accounts.status.deactivated";
        }
        return account.signInReady() ? "people.account.active" : "people.account.invited";
    }

    private HorizontalLayout actions(Account account) {
        HorizontalLayout actions = new HorizontalLayout();
        if (account.erased()) {
            return actions;
        }
        if (account.active()) {
            Button deactivate = new Button(getTranslation("people.accounts.deactivate"), click -> confirmDeactivate(account));
            deactivate.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.add(deactivate);
        } else {
            Button reactivate = new Button(getTranslation("people.accounts.reactivate"), click -> {
                accounts.reactivate(account.personId());
                Notifications.success(getTranslation("people.accounts.reactivated", account.displayName()));
                refresh();
            });
            reactivate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(reactivate);
        }
        Button erase = new Button(getTranslation("people.accounts.erase"), click -> confirmErase(account));
        erase.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        actions.add(erase);
        return actions;
    }

    /** Erasing cannot be undone: the administrator types the person's address to confirm it is the one they mean. */
    private void confirmErase(Account account) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("people.accounts.erase.title", account.displayName()));
        TextField typed = new TextField(getTranslation("people.accounts.erase.confirm-label"));
        typed.setWidthFull();
        Button erase = new Button(getTranslation("people.accounts.erase.confirm"), click -> {
            if (!typed.getValue().trim().equalsIgnoreCase(account.email())) {
                typed.setErrorMessage(getTranslation("people.accounts.erase.mistyped", account.email()));
                typed.setInvalid(true);
                return;
            }
            String label = erasure.erase(account.personId());
            Notifications.success(getTranslation("people.accounts.erased", account.displayName(), label));
            dialog.close();
            refresh();
        });
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("people.accounts.erase.text", ErasedPerson.labelFor(account.personId()))), typed);
        dialog.getFooter().add(new Button(getTranslation("people.cancel"), click -> dialog.close()), erase);
        dialog.open();
    }

    private void confirmDeactivate(Account account) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("people.accounts.deactivate.title", account.displayName()),
                getTranslation("people.accounts.deactivate.text"), getTranslation("people.accounts.deactivate"), event -> {
                    accounts.deactivate(account.personId());
                    Notifications.success(getTranslation("people.accounts.deactivated", account.displayName()));
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("people.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void refresh() {
        String text = search.getValue();
        grid.setItems(query -> accounts.find(GridPages.request(query, text)).stream(), query -> (int) accounts.count(text));
    }
}
