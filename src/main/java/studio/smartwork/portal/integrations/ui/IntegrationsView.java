package studio.smartwork.portal.integrations.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import studio.smartwork.portal.integrations.ApiKey;
import studio.smartwork.portal.integrations.ApiKeys;
import studio.smartwork.portal.integrations.IntegrationsPanel;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shared.ui.UserFacingErrors;
import studio.smartwork.portal.shell.TenantLayout;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenant.TenantAccess;

/**
 * A client's API keys: who made each, what it allows, when it was last used, and revoking.
 * Three columns whose cells wrap, so the list reads on a phone as well. Below them, the
 * panels other features add ({@link IntegrationsPanel}).
 */
@Route(value = "integrations", layout = TenantLayout.class)
@PermitAll
public class IntegrationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ApiKeys apiKeys;
    private final ObjectProvider<IntegrationsPanel<Component>> panels;
    private final Grid<ApiKey> grid = new Grid<>();
    private final Paragraph noKeys = new Paragraph();
    private TenantAccess access;
    private TenantFormat format;

    public IntegrationsView(ApiKeys apiKeys, ObjectProvider<IntegrationsPanel<Component>> panels) {
        this.apiKeys = apiKeys;
        this.panels = panels;
        setPadding(false);
        addClassName("integrations-view");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("integrations.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        access = TenantLayout.current();
        if (!ApiKeys.managesKeys(access.role())) {
            throw new TenantNotFoundException();
        }
        format = access.tenant().formatFor(getLocale());
        removeAll();
        Button create = new Button(getTranslation("integrations.new"),
                click -> new NewKeyDialog(apiKeys, access.tenant().id(), access.role(), this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        noKeys.setText(getTranslation("integrations.no-keys"));
        buildGrid();
        add(new H3(getTranslation("integrations.title")), new Paragraph(getTranslation("integrations.intro")), apiReference(), create, noKeys,
                grid);
        refresh();
        panels.orderedStream().forEach(panel -> add(panel.panel(access)));
    }

    /** Where integrators read how to call: the API's browsable reference, served by the portal itself. */
    private Paragraph apiReference() {
        Anchor reference = new Anchor("/api/docs", getTranslation("integrations.api-reference.link"));
        reference.setTarget("_blank");
        return new Paragraph(new Span(getTranslation("integrations.api-reference.text") + " "), reference);
    }

    private void buildGrid() {
        grid.removeAllColumns();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(getTranslation("integrations.keys"));
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.addComponentColumn(this::keyCell).setHeader(getTranslation("integrations.column.name")).setKey("key").setFlexGrow(2);
        grid.addComponentColumn(this::useCell).setHeader(getTranslation("integrations.column.last-used")).setKey("use").setFlexGrow(2);
        grid.addComponentColumn(this::revokeButton).setHeader(getTranslation("integrations.column.status")).setKey("status")
                .setAutoWidth(true).setFlexGrow(0);
    }

    private Div keyCell(ApiKey key) {
        Span name = new Span(key.name());
        name.getStyle().set("font-weight", "600");
        Span prefix = new Span(getTranslation("integrations.column.prefix") + ": " + key.prefix() + "…");
        prefix.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        Span scopes = new Span(getTranslation("integrations.column.scopes") + ": "
                + key.scopes().stream().map(s -> getTranslation(s.textKey())).collect(Collectors.joining(", ")));
        return lines(name, prefix, scopes);
    }

    private Div useCell(ApiKey key) {
        Span created = new Span(getTranslation("integrations.column.created") + ": "
                + getTranslation("integrations.created-by", key.createdBy(), format.dateTime(key.createdAt())));
        Span used = new Span(getTranslation("integrations.column.last-used") + ": "
                + (key.lastUsedAt() == null ? getTranslation("integrations.never-used") : format.dateTime(key.lastUsedAt())));
        return lines(created, used);
    }

    /** The status in words (never by colour alone) and, for a key still in use, the way to revoke it. */
    private Div revokeButton(ApiKey key) {
        if (key.isRevoked()) {
            Span revoked = new Span(getTranslation("integrations.status.revoked", format.dateTime(key.revokedAt()), key.revokedBy()));
            revoked.getElement().getThemeList().add("badge contrast");
            return lines(revoked);
        }
        Span active = new Span(getTranslation("integrations.status.active"));
        active.getElement().getThemeList().add("badge success");
        Button revoke = new Button(getTranslation("integrations.revoke"), click -> confirmRevoke(key));
        revoke.setAriaLabel(getTranslation("integrations.revoke.aria", key.name()));
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return lines(active, revoke);
    }

    private static Div lines(com.vaadin.flow.component.Component... parts) {
        Div cell = new Div(parts);
        cell.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "flex-start").set("gap", "0.15em");
        return cell;
    }

    private void confirmRevoke(ApiKey key) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("integrations.revoke.title", key.name()),
                getTranslation("integrations.revoke.text", key.prefix()), getTranslation("integrations.revoke.confirm"), event -> {
                    if (UserFacingErrors.attempt(() -> apiKeys.revoke(access.tenant().id(), key.id()))) {
                        Notifications.success(getTranslation("integrations.revoked", key.name()));
                    }
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("integrations.cancel"));
        confirm.setConfirmButtonTheme(ButtonVariant.LUMO_ERROR.getVariantName() + " " + ButtonVariant.LUMO_PRIMARY.getVariantName());
        confirm.open();
    }

    private void refresh() {
        List<ApiKey> keys = apiKeys.list(access.tenant().id());
        grid.setItems(keys);
        grid.setVisible(!keys.isEmpty());
        noKeys.setVisible(keys.isEmpty());
    }
}
