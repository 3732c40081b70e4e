package studio.smartwork.portal.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.identity.PlatformRole;
import studio.smartwork.portal.people.ConsultantAssignments;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.support.TestPeople;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantSettings;

/** A client's audit page before and after its first campaign. */
class FirstCampaignTests extends KaribuTests {

    @Test
    void theEmptyMessageGoesOnceTheFirstCampaignExists() {
        String n = Long.toString(System.nanoTime() % 1_000_000_000L);
        String consultant = "first-campaign-" + n + "@smartwork.studio";
        SignIn.as(context, DemoPeople.ADMIN);
        ConsultantAssignments consultantAssignments = context.getBean(ConsultantAssignments.class);
        TenantId tenant = context.getBean(TenantService.class).create(TenantSettings.defaults("First campaign " + n,
                "first-campaign-" + n, Locale.forLanguageTag("en-IE"), ZoneId.of("Europe/Dublin"), new BigDecimal("30"))).id();
        consultantAssignments.assignConsultant(tenant, TestPeople.consultancyPerson(context, consultant, "Fia First", PlatformRole.CONSULTANT).personId());

        signIn(consultant);
        navigate("t/first-campaign-" + n + "/audit");
        assertThat(_get(Paragraph.class, spec -> spec.withText(Texts.t("audit.campaigns.none"))).isVisible()).isTrue();

        _click(_get(Button.class, spec -> spec.withText(Texts.t("audit.campaigns.new"))));
        _setValue(_get(TextField.class, spec -> spec.withLabel(Texts.t("audit.campaign-dialog.name"))), "Two weeks");
        LocalDate monday = LocalDate.now().plusWeeks(1).with(java.time.DayOfWeek.MONDAY);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel(Texts.t("audit.campaign-dialog.first-day"))), monday);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel(Texts.t("audit.campaign-dialog.last-day"))), monday.plusDays(11));
        _click(_get(Button.class, spec -> spec.withText(Texts.t("audit.save"))));

        assertThat(_find(Paragraph.class, spec -> spec.withText(Texts.t("audit.campaigns.none")))).isEmpty();
    }
}
