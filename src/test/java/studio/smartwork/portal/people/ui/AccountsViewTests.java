package studio.smartwork.portal.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.people.Account;
import studio.smartwork.portal.people.SignInPeople;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.TestPeople;

/** Administrators find any account, close and reopen it, and erase a person after typing their address. */
class AccountsViewTests extends KaribuTests {

    @Test
    void anAdministratorFindsDeactivatesReactivatesAndErasesAnAccount() {
        String email = TestPeople.newClientPerson(context, "acme", TenantRole.STAFF, null);
        signIn(DemoPeople.ADMIN);
        navigate("admin/accounts");
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder(Texts.t("people.accounts.search"))), email);
        Grid<Account> grid = accounts();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains(email, Texts.t("people.accounts.kind.client"), Texts.t("people.account.active"));

        _click(_get(actions(grid), Button.class, spec -> spec.withText(Texts.t("people.accounts.deactivate"))));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(GridKt._getFormattedRow(accounts(), 0)).contains(Texts.t("people.accounts.status.deactivated"));
        assertThat(context.getBean(SignInPeople.class).credentials(email).orElseThrow().active()).isFalse();

        _click(_get(actions(accounts()), Button.class, spec -> spec.withText(Texts.t("people.accounts.reactivate"))));
        assertThat(GridKt._getFormattedRow(accounts(), 0)).contains(Texts.t("people.account.active"));

        _click(_get(actions(accounts()), Button.class, spec -> spec.withText(Texts.t("people.accounts.erase"))));
        Dialog confirm = _get(Dialog.class);
        TextField typed = _get(confirm, TextField.class, spec -> spec.withLabel(Texts.t("people.accounts.erase.confirm-label")));
        _setValue(typed, "someone-else@acme.example");
        _click(_get(confirm, Button.class, spec -> spec.withText(Texts.t("people.accounts.erase.confirm"))));
        assertThat(typed.isInvalid()).isTrue();
        assertThat(typed.getErrorMessage()).isEqualTo(Texts.t("people.accounts.erase.mistyped", email));
        assertThat(context.getBean(SignInPeople.class).credentials(email)).isPresent();
        _setValue(typed, email);
        _click(_get(confirm, Button.class, spec -> spec.withText(Texts.t("people.accounts.erase.confirm"))));
        assertThat(context.getBean(SignInPeople.class).credentials(email)).isEmpty();
    }

    @Test
    void nobodyButAdministratorsOpensIt() {
        signIn(DemoPeople.CARLA);
        assertThatThrownBy(() -> navigate("admin/accounts")).isInstanceOf(MockAccessDeniedException.class);
        signIn(DemoPeople.EVA);
        assertThatThrownBy(() -> navigate("admin/accounts")).isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(AccountsView.class)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Account> accounts() {
        return _get(Grid.class, spec -> spec.withId("accounts"));
    }

    private static Component actions(Grid<Account> grid) {
        return (Component) GridKt._getCellComponent(grid, 0, "actions");
    }
}
