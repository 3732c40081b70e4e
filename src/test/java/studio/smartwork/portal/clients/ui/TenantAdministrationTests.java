package studio.smartwork.portal.clients.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.PlatformRole;
import studio.smartwork.portal.people.Consultant;
import studio.smartwork.portal.people.ConsultantAssignments;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantSettings;
import studio.smartwork.portal.tenant.TenantStatus;
import studio.smartwork.portal.tenant.TenantSummary;

/** Administrators create, configure, staff, archive and restore client tenants; nobody else can. */
class TenantAdministrationTests extends KaribuTests {

    @Autowired
    TenantService tenants;
    @Autowired
    ConsultantAssignments consultantAssignments;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void administratorSeesTheDemoTenantsWithTheirSettings() {
        signIn(DemoPeople.ADMIN);
        navigate("admin/tenants");

        Grid<TenantSummary> grid = tenantGrid();
        assertThat(GridKt._findAll(grid)).extracting(TenantSummary::name).contains("Acme Logistics", "Brightsmile Dental");
        assertThat(formattedRowOf(grid, "Acme Logistics"))
                .containsExactly("Acme Logistics", "acme", "es-ES", "EUR", "38,00\u00a0€", Texts.t("tenant.status.active"));
        assertThat(formattedRowOf(grid, "Brightsmile Dental"))
                .containsExactly("Brightsmile Dental", "brightsmile", "en-IE", "EUR", "€32.00", Texts.t("tenant.status.active"));
    }

    @Test
    void administratorCreatesATenantAssignsAConsultantAndUnassignsHim() {
        String suffix = suffix();
        String name = "Núñez Cargo " + suffix;
        String slug = "nunez-cargo-" + suffix;
        signIn(DemoPeople.ADMIN);
        navigate("admin/tenants");

        _click(_get(Button.class, spec -> spec.withText(Texts.t("clients.tenants.new"))));
        Dialog dialog = _get(Dialog.class);
        TextField slugField = _get(dialog, TextField.class, spec -> spec.withLabel(Texts.t("clients.settings.slug")));
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel(Texts.t("clients.settings.name"))), name);
        assertThat(slugField.getValue()).as("address suggested from the name").isEqualTo("nunez-cargo-" + suffix);
        _setValue(slugField, slug);
        ComboBoxKt.selectByLabel(_get(dialog, ComboBox.class, spec -> spec.withLabel(Texts.t("clients.settings.locale"))), "es-ES — Spanish (Spain)");
        _setValue(_get(dialog, BigDecimalField.class, spec -> spec.withLabel(Texts.t("clients.settings.hourly-cost"))), new BigDecimal("42.50"));
        _click(_get(dialog, Button.class, spec -> spec.withText(Texts.t("clients.tenants.create"))));

        assertThat(dialog.isOpened()).isFalse();
        assertThat(currentPath()).isEqualTo("admin/tenants/" + slug);
        _get(TenantAdminView.class);
        _get(H2.class, spec -> spec.withText(name));

        TenantSummary created = tenants.findBySlug(slug).orElseThrow();
        TenantSettings settings = created.settings();
        assertThat(created.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(settings.name()).isEqualTo(name);
        assertThat(settings.locale()).isEqualTo(Locale.forLanguageTag("es-ES"));
        assertThat(settings.timeZone()).isEqualTo(ZoneId.of("Europe/Dublin"));
        assertThat(settings.currency()).isEqualTo(Currency.getInstance("EUR"));
        assertThat(settings.defaultHourlyCost()).isEqualByComparingTo("42.50");
        assertThat(settings.workingDaysPerMonth()).isEqualTo(21);
        assertThat(settings.workingHoursPerDay()).isEqualByComparingTo("8");

        Consultant tom = consultantAssignments.allConsultants().stream().filter(c -> c.email().equals(DemoPeople.TOM)).findFirst().orElseThrow();
        try {
            ComboBoxKt.selectByLabel(_get(ComboBox.class, spec -> spec.withLabel(Texts.t("clients.consultants.to-assign"))),
                    "Tom Becker · " + DemoPeople.TOM);
            _click(_get(Button.class, spec -> spec.withText(Texts.t("clients.consultants.assign"))));

            assertThat(consultantAssignments.consultantsOf(created.id())).extracting(Consultant::email).containsExactly(DemoPeople.TOM);
            Grid<Consultant> assigned = consultantGrid();
            assertThat(GridKt._findAll(assigned)).extracting(Consultant::email).containsExactly(DemoPeople.TOM);
            ComboBox<?> candidates = _get(ComboBox.class, spec -> spec.withLabel(Texts.t("clients.consultants.to-assign")));
            assertThat(ComboBoxKt.getSuggestions(candidates))
                    .as("an assigned consultant is not offered again").noneMatch(label -> label.contains(DemoPeople.TOM));

            _click(buttonInLastColumn(assigned, 0));
            assertThat(consultantAssignments.consultantsOf(created.id())).isEmpty();
            assertThat(GridKt._size(consultantGrid())).isZero();
        } finally {
            // Tom's portfolio lists only Acme in other tests.
            consultantAssignments.unassignConsultant(created.id(), tom.personId());
        }
    }

    @Test
    void anAddressAlreadyInUseIsRefusedAtTheFieldAndNothingIsCreated() {
        String name = "Acme again " + suffix();
        signIn(DemoPeople.ADMIN);
        navigate("admin/tenants");
        int before = tenants.all().size();

        _click(_get(Button.class, spec -> spec.withText(Texts.t("clients.tenants.new"))));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel(Texts.t("clients.settings.name"))), name);
        TextField slug = _get(dialog, TextField.class, spec -> spec.withLabel(Texts.t("clients.settings.slug")));
        _setValue(slug, "acme");
        _click(_get(dialog, Button.class, spec -> spec.withText(Texts.t("clients.tenants.create"))));

        assertThat(slug.isInvalid()).isTrue();
        assertThat(slug.getErrorMessage()).isEqualTo(Texts.t("tenant.refusal.address-taken", "acme"))
                .isEqualTo("Another tenant already uses the address acme.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(currentPath()).isEqualTo("admin/tenants");
        assertThat(tenants.all()).hasSize(before).extracting(TenantSummary::name).doesNotContain(name);
        assertThat(tenants.findBySlug("acme").orElseThrow().name()).isEqualTo("Acme Logistics");
    }

    @Test
    void archivingClosesATenantToItsConsultantUntilItIsRestored() {
        String suffix = suffix();
        String name = "Archivable " + suffix;
        String slug = "archivable-" + suffix;
        String consultantEmail = "consultant-" + suffix + "@smartwork.studio";
        signIn(DemoPeople.ADMIN);
        TenantSummary tenant = tenants.create(TenantSettings.defaults(name, slug, Locale.forLanguageTag("en-IE"),
                ZoneId.of("Europe/Dublin"), new BigDecimal("30")));
        Actor consultant = context.getBean(studio.smartwork.portal.people.PeopleSeeding.class).consultancyPerson(consultantEmail,
                "Cleo " + suffix, PlatformRole.CONSULTANT, passwordEncoder.encode(DemoPeople.PASSWORD));
        consultantAssignments.assignConsultant(tenant.id(), consultant.personId());

        navigate("admin/tenants/" + slug);
        _click(_get(Button.class, spec -> spec.withText(Texts.t("clients.tenant.archive"))));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(tenants.findBySlug(slug).orElseThrow().status()).isEqualTo(TenantStatus.ARCHIVED);
        _get(Span.class, spec -> spec.withText(Texts.t("tenant.status.archived")));
        _get(Button.class, spec -> spec.withText(Texts.t("clients.tenant.restore")));
        assertThat(_find(Button.class, spec -> spec.withText(Texts.t("clients.tenant.archive")))).isEmpty();

        navigate("admin/tenants");
        assertThat(GridKt._findAll(tenantGrid())).extracting(TenantSummary::slug).doesNotContain(slug);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel(Texts.t("clients.tenants.show-archived"))), true);
        assertThat(formattedRowOf(tenantGrid(), name)).last().isEqualTo(Texts.t("tenant.status.archived"));

        newBrowserSession();
        signIn(consultantEmail);
        navigate("t/" + slug);
        _get(H1.class, spec -> spec.withText(Texts.t("shell.not-found.title")));
        assertThat(_find(H2.class, spec -> spec.withText(name))).isEmpty();
        navigate("portfolio");
        assertThat(_find(Grid.class)).isEmpty();

        newBrowserSession();
        signIn(DemoPeople.ADMIN);
        navigate("admin/tenants/" + slug);
        _click(_get(Button.class, spec -> spec.withText(Texts.t("clients.tenant.restore"))));
        assertThat(tenants.findBySlug(slug).orElseThrow().status()).isEqualTo(TenantStatus.ACTIVE);
        _get(Span.class, spec -> spec.withText(Texts.t("tenant.status.active")));

        newBrowserSession();
        signIn(consultantEmail);
        navigate("t/" + slug);
        _get(H2.class, spec -> spec.withText(name));
    }

    @Test
    void anAdministratorWithASpanishBrowserReadsTheTenantsAndTheirRefusalsInSpanish() {
        UI.getCurrent().getSession().setLocale(Locale.forLanguageTag("es-ES"));
        signIn(DemoPeople.ADMIN);
        navigate("admin/tenants");
        _get(H2.class, spec -> spec.withText("Clientes"));
        assertThat(formattedRowOf(tenantGrid(), "Acme Logistics")).last().isEqualTo("Activo");

        _click(_get(Button.class, spec -> spec.withText("Nuevo cliente")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Nombre")), "Acme otra vez " + suffix());
        TextField slug = _get(dialog, TextField.class, spec -> spec.withLabel("Dirección (slug)"));
        _setValue(slug, "acme");
        ComboBoxKt.selectByLabel(_get(dialog, ComboBox.class, spec -> spec.withLabel("Configuración regional")),
                "es-ES — español (España)");
        _click(_get(dialog, Button.class, spec -> spec.withText("Crear cliente")));
        assertThat(slug.getErrorMessage()).isEqualTo("Otro cliente ya usa la dirección acme.");
        assertThat(dialog.isOpened()).isTrue();

        navigate("admin/tenants/acme");
        _get(Button.class, spec -> spec.withText("Guardar ajustes"));
        _click(_get(Button.class, spec -> spec.withText("Archivar cliente")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("¿Archivar Acme Logistics?");
        assertThat(confirm.getElement().getProperty("cancelText")).isEqualTo("Cancelar");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(tenants.findBySlug("acme").orElseThrow().status()).isEqualTo(TenantStatus.ACTIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoPeople.SAM, DemoPeople.EVA, DemoPeople.TOM, DemoPeople.CARLA})
    void nobodyButAdministratorsReachesTheTenantAdministration(String email) {
        signIn(email);
        // Vaadin's view access check refuses before the view is built; Karibu reports that as an exception.
        assertThatThrownBy(() -> navigate("admin/tenants")).isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(TenantsAdminView.class)).isEmpty();
        assertThatThrownBy(() -> navigate("admin/tenants/acme")).isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(TenantAdminView.class)).isEmpty();

        // The services refuse as well, whatever the screens do.
        assertThatThrownBy(() -> tenants.all()).isInstanceOf(AccessDeniedException.class);
        TenantSummary acme = tenants.findBySlug("acme").orElseThrow();
        assertThatThrownBy(() -> tenants.setStatus(acme.id(), TenantStatus.ARCHIVED)).isInstanceOf(AccessDeniedException.class);
        assertThat(tenants.findBySlug("acme").orElseThrow().status()).isEqualTo(TenantStatus.ACTIVE);
    }

    @SuppressWarnings("unchecked")
    private static Grid<TenantSummary> tenantGrid() {
        return _get(_get(TenantsAdminView.class), Grid.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<Consultant> consultantGrid() {
        return _get(_get(TenantAdminView.class), Grid.class);
    }

    private static List<String> formattedRowOf(Grid<TenantSummary> grid, String name) {
        return IntStream.range(0, GridKt._size(grid))
                .filter(row -> GridKt._get(grid, row).name().equals(name))
                .mapToObj(row -> GridKt._getFormattedRow(grid, row))
                .findFirst().orElseThrow(() -> new AssertionError("No row for " + name));
    }

    /** The button a component column renders for a row, as the person sees it in that row. */
    @SuppressWarnings("unchecked")
    private static <T> Button buttonInLastColumn(Grid<T> grid, int row) {
        var renderer = (ComponentRenderer<?, T>) grid.getColumns().getLast().getRenderer();
        return (Button) renderer.createComponent(GridKt._get(grid, row));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
