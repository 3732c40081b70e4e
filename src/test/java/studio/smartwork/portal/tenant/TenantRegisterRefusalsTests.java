package studio.smartwork.portal.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.FreshClient;
import studio.smartwork.portal.support.SignIn;

/**
 * What the register of tenants refuses, each with the field it concerns and what to do: an
 * address another tenant uses, and another currency once a tenant has money figures.
 */
@SpringBootTest
class TenantRegisterRefusalsTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    TenantService tenants;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anAddressAnotherTenantUsesIsRefusedOnCreateAndOnUpdate() {
        SignIn.as(context, DemoPeople.ADMIN);
        Message taken = Message.of("tenant.refusal.address-taken", "acme");
        assertThatThrownBy(() -> tenants.create(TenantSettings.defaults("Another Acme", "acme", Locale.UK, ZoneId.of("Europe/London"),
                BigDecimal.TEN))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactlyEntriesOf(java.util.Map.of("slug", taken)));

        TenantSummary mine = FreshClient.tenant(context, "Moving", Locale.UK, ZoneId.of("Europe/London"));
        TenantSettings s = mine.settings();
        assertThatThrownBy(() -> tenants.update(mine.id(), new TenantSettings(s.name(), "acme", s.locale(), s.timeZone(), s.currency(),
                s.defaultHourlyCost(), s.workingDaysPerMonth(), s.workingHoursPerDay())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get("slug")).isEqualTo(taken));
        assertThat(tenants.find(mine.id()).orElseThrow().slug()).isEqualTo(mine.slug());
    }

    @Test
    void aTenantWithMoneyFiguresKeepsItsCurrency() {
        SignIn.as(context, DemoPeople.ADMIN);
        TenantSummary acme = tenants.findBySlug("acme").orElseThrow();
        TenantSettings s = acme.settings();
        assertThatThrownBy(() -> tenants.update(acme.id(), new TenantSettings(s.name(), s.slug(), s.locale(), s.timeZone(),
                Currency.getInstance("USD"), s.defaultHourlyCost(), s.workingDaysPerMonth(), s.workingHoursPerDay())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get("currency"))
                        .isEqualTo(Message.of("tenant.refusal.currency-fixed", "Acme Logistics", "EUR")));
        assertThat(tenants.find(acme.id()).orElseThrow().settings().currency().getCurrencyCode()).isEqualTo("EUR");
    }
}
