package studio.smartwork.portal.integrations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.integrations.ApiKey;
import studio.smartwork.portal.integrations.ApiKeyScope;
import studio.smartwork.portal.integrations.ApiKeys;
import studio.smartwork.portal.integrations.AuthenticatedKey;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.DemoTenants;
import studio.smartwork.portal.support.KaribuTests;

class IntegrationsViewTests extends KaribuTests {

    @Test
    @SuppressWarnings("unchecked")
    void aConsultantCreatesAKeySeesItOnceAndRevokesIt() {
        String name = "Front desk robot " + System.nanoTime();
        signIn(DemoPeople.CARLA);
        navigate("t/brightsmile");
        assertThat(_get(Anchor.class, spec -> spec.withText(Texts.t("integrations.section"))).getHref()).endsWith("t/brightsmile/integrations");
        navigate("t/brightsmile/integrations");
        _click(_get(Button.class, spec -> spec.withText(Texts.t("integrations.new"))));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel(Texts.t("integrations.new.name"))), name);
        CheckboxGroup<ApiKeyScope> scopes = _get(dialog, CheckboxGroup.class, spec -> spec.withLabel(Texts.t("integrations.new.scopes")));
        assertThat(scopes.getItemLabelGenerator().apply(ApiKeyScope.INGEST_RUNS))
                .isEqualTo(Texts.t("integrations.scope.ingest-runs") + " — " + Texts.t("integrations.scope.ingest-runs.description"));
        _setValue(scopes, EnumSet.of(ApiKeyScope.INGEST_RUNS, ApiKeyScope.READ_SAVINGS));
        _click(_get(dialog, Button.class, spec -> spec.withText(Texts.t("integrations.new.create"))));

        TextField shown = _get(dialog, TextField.class, spec -> spec.withLabel(Texts.t("integrations.created.key", name)));
        String secret = shown.getValue();
        assertThat(secret).startsWith("sw_");
        assertThat(shown.isReadOnly()).isTrue();
        _get(dialog, Paragraph.class, spec -> spec.withText(Texts.t("integrations.created.warning")));
        AuthenticatedKey authenticated = apiKeys().authenticate(secret).orElseThrow();
        assertThat(authenticated.tenant()).isEqualTo(DemoTenants.id(context, "brightsmile"));
        assertThat(authenticated.scopes()).containsExactlyInAnyOrder(ApiKeyScope.INGEST_RUNS, ApiKeyScope.READ_SAVINGS);
        _click(_get(dialog, Button.class, spec -> spec.withText(Texts.t("integrations.created.done"))));
        assertThat(dialog.isOpened()).isFalse();

        Grid<ApiKey> grid = _get(Grid.class);
        int row = rowOf(grid, name);
        assertThat(GridKt._getCellComponent(grid, row, "key").getElement().getTextRecursively())
                .doesNotContain(secret.substring(9)).contains(secret.substring(0, 9));
        _click(_get(GridKt._getCellComponent(grid, row, "status"), Button.class, spec -> spec.withText(Texts.t("integrations.revoke"))));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(apiKeys().authenticate(secret)).isEmpty();
        Component status = GridKt._getCellComponent(grid, rowOf(grid, name), "status");
        assertThat(_find(status, Button.class)).isEmpty();
        assertThat(status.getElement().getTextRecursively()).contains("Carla Romero");
    }

    @Test
    @SuppressWarnings("unchecked")
    void evaOfAcmeManagesKeysInSpanish() {
        signIn(DemoPeople.EVA);
        navigate("t/acme/integrations");
        assertThat(_get(Anchor.class, spec -> spec.withText("Integraciones")).getElement().getAttribute("aria-current")).isEqualTo("page");
        _get(H3.class, spec -> spec.withText("Claves de API"));
        assertThat(_get(Anchor.class, spec -> spec.withText("Referencia de la API (se abre en otra pestaña)")).getHref()).isEqualTo("/api/docs");
        _click(_get(Button.class, spec -> spec.withText("Nueva clave")));
        Dialog dialog = _get(Dialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withText("Crear clave")));
        TextField name = _get(dialog, TextField.class, spec -> spec.withLabel("Nombre"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Ponle un nombre a la clave.");
        CheckboxGroup<ApiKeyScope> scopes = _get(dialog, CheckboxGroup.class, spec -> spec.withLabel("Qué permite la clave"));
        assertThat(scopes.getErrorMessage()).isEqualTo("Elige al menos una cosa que permita la clave.");
        assertThat(scopes.getListDataView().getItems().toList()).as("what an executive can do: read the savings")
                .containsExactly(ApiKeyScope.READ_SAVINGS);
        _setValue(name, "Robot de facturas");
        _setValue(scopes, EnumSet.of(ApiKeyScope.READ_SAVINGS));
        _click(_get(dialog, Button.class, spec -> spec.withText("Crear clave")));
        _get(dialog, TextField.class, spec -> spec.withLabel("Clave de API «Robot de facturas»"));
        _get(dialog, Button.class, spec -> spec.withText("Ya he copiado la clave"));
    }

    @Test
    void staffDoNotFindThePage() {
        signIn(DemoPeople.SAM);
        navigate("t/acme");
        assertThat(_find(Anchor.class, spec -> spec.withText("Integraciones"))).isEmpty();
        navigate("t/acme/integrations");
        assertThat(_find(H1.class, spec -> spec.withText(Texts.t("shell.not-found.title")))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withText(Texts.t("integrations.new")))).isEmpty();
    }

    private ApiKeys apiKeys() {
        return context.getBean(ApiKeys.class);
    }

    private static int rowOf(Grid<ApiKey> grid, String name) {
        List<ApiKey> items = grid.getListDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("No key named " + name);
    }
}
