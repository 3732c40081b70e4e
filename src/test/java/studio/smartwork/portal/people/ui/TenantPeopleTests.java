package studio.smartwork.portal.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.RadioButtonsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.people.AccountSetup;
import studio.smartwork.portal.people.Invitation;
import studio.smartwork.portal.people.Member;
import studio.smartwork.portal.people.PeopleService;
import studio.smartwork.portal.people.Team;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantSettings;
import studio.smartwork.portal.tenant.TenantSummary;

/** A tenant's people and teams: who may invite whom, one-time links, and who sees the page at all. */
class TenantPeopleTests extends KaribuTests {

    @Autowired
    PeopleService people;
    @Autowired
    TenantService tenants;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void executiveInvitesStaffWithAOneTimeLinkThatSetsTheirPasswordOnce() {
        String email = "new-staff-" + suffix() + "@acme.example";
        signIn(DemoPeople.EVA);
        navigate("t/acme/people");

        _click(_get(Button.class, spec -> spec.withText("Invite person")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, EmailField.class, spec -> spec.withLabel("Email")), email);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Name")), "Nora Staff");
        ComboBoxKt.selectByLabel(_get(dialog, ComboBox.class, spec -> spec.withLabel("Team")), "Sales");
        RadioButtonGroup<?> method = _get(dialog, RadioButtonGroup.class, spec -> spec.withLabel("How they sign in the first time"));
        assertThat(method.getValue()).as("the default way in").isEqualTo(AccountSetup.Method.ONE_TIME_LINK);
        assertThat(_find(dialog, PasswordField.class, spec -> spec.withLabel("First password"))).as("shown for a first password only").isEmpty();
        _click(_get(dialog, Button.class, spec -> spec.withText("Invite")));

        TextField link = _get(dialog, TextField.class, spec -> spec.withLabel("One-time link (valid for 7 days)"));
        assertThat(link.isReadOnly()).isTrue();
        assertThat(link.getValue()).matches("https?://.+/welcome/[A-Za-z0-9_-]{43}");
        String path = link.getValue().substring(link.getValue().indexOf("welcome/"));
        Member invited = memberOf("acme", email);
        assertThat(invited.role()).isEqualTo(TenantRole.STAFF);
        assertThat(invited.teamName()).isEqualTo("Sales");
        assertThat(invited.accountReady()).isFalse();
        assertThat(people.credentials(email).orElseThrow().passwordHash()).isNull();

        newBrowserSession();
        navigate(path);
        _get(H1.class, spec -> spec.withText("Welcome, Nora Staff"));
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "correct horse 42");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Repeat password")), "correct horse 42");
        _click(_get(Button.class, spec -> spec.withText("Set password")));
        _get(H1.class, spec -> spec.withText("Your password is set"));

        String hash = people.credentials(email).orElseThrow().passwordHash();
        assertThat(hash).isNotNull();
        assertThat(passwordEncoder.matches("correct horse 42", hash)).isTrue();
        UserDetails user = userDetails.loadUserByUsername(email);
        assertThat(user.isEnabled()).isTrue();

        navigate(path);
        _get(H1.class, spec -> spec.withText("This link is no longer valid"));
        assertThat(_find(PasswordField.class)).isEmpty();
    }

    @Test
    void executiveCanOnlyInviteStaff() {
        signIn(DemoPeople.EVA);
        navigate("t/acme/people");
        _click(_get(Button.class, spec -> spec.withText("Invite person")));

        Select<?> role = _get(_get(Dialog.class), Select.class, spec -> spec.withLabel("Role"));
        assertThat(ComboBoxKt.getSuggestions(role)).containsExactly("Staff");
    }

    @Test
    void theServiceRefusesAnExecutiveInvitingAnotherExecutive() {
        String email = "would-be-exec-" + suffix() + "@acme.example";
        SignIn.as(context, DemoPeople.EVA);
        TenantId acme = tenants.findBySlug("acme").orElseThrow().id();

        assertThatThrownBy(() -> people.invite(acme,
                new Invitation(email, "Would Be", TenantRole.EXECUTIVE, null, AccountSetup.oneTimeLink())))
                .isInstanceOf(NotAllowedException.class);
        assertThat(people.credentials(email)).isEmpty();
    }

    @Test
    void staffDoNotGetThePeoplePage() {
        signIn(DemoPeople.SAM);
        navigate("t/acme/people");
        _get(H1.class, spec -> spec.withText("Not found"));
        assertThat(_find(TenantPeopleView.class)).isEmpty();
        assertThat(_find(Grid.class)).isEmpty();
    }

    @Test
    void consultantSeesWhoIsWhoButInvitesNobody() {
        signIn(DemoPeople.TOM);
        navigate("t/acme/people");
        _get(TenantPeopleView.class);
        assertThat(GridKt._findAll(memberGrid())).extracting(Member::email)
                .contains(DemoPeople.EVA, DemoPeople.SAM, DemoPeople.LIA);
        assertThat(_find(Button.class, spec -> spec.withText("Invite person"))).isEmpty();
    }

    @Test
    void administratorInvitesAnExecutiveWithAFirstPassword() {
        String email = "new-exec-" + suffix() + "@brightsmile.example";
        signIn(DemoPeople.ADMIN);
        navigate("t/brightsmile/people");

        _click(_get(Button.class, spec -> spec.withText("Invite person")));
        Dialog dialog = _get(Dialog.class);
        Select<?> role = _get(dialog, Select.class, spec -> spec.withLabel("Role"));
        assertThat(ComboBoxKt.getSuggestions(role)).containsExactly("Executive", "Staff");
        _setValue(_get(dialog, EmailField.class, spec -> spec.withLabel("Email")), email);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Name")), "Orla Exec");
        ComboBoxKt.selectByLabel(role, "Executive");
        RadioButtonGroup<?> method = _get(dialog, RadioButtonGroup.class, spec -> spec.withLabel("How they sign in the first time"));
        RadioButtonsKt.selectByLabel(method, "Set a first password now");
        PasswordField password = _get(dialog, PasswordField.class, spec -> spec.withLabel("First password"));
        _setValue(password, "first-pass-123");
        _click(_get(dialog, Button.class, spec -> spec.withText("Invite")));

        assertThat(_find(dialog, TextField.class, spec -> spec.withLabel("One-time link (valid for 7 days)"))).isEmpty();
        UserDetails user = userDetails.loadUserByUsername(email);
        assertThat(user.isEnabled()).isTrue();
        assertThat(passwordEncoder.matches("first-pass-123", user.getPassword())).isTrue();
        assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_CLIENT");
        assertThat(memberOf("brightsmile", email).role()).isEqualTo(TenantRole.EXECUTIVE);

        SignIn.as(context, email);
        assertThat(people.enter("brightsmile").role()).isEqualTo(TenantRole.EXECUTIVE);
    }

    @Test
    void invitingSomeoneWhoIsAlreadyAMemberShowsAFieldError() {
        signIn(DemoPeople.EVA);
        navigate("t/acme/people");
        int membersBefore = GridKt._size(memberGrid());

        _click(_get(Button.class, spec -> spec.withText("Invite person")));
        Dialog dialog = _get(Dialog.class);
        EmailField email = _get(dialog, EmailField.class, spec -> spec.withLabel("Email"));
        _setValue(email, DemoPeople.SAM);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Name")), "Sam Again");
        _click(_get(dialog, Button.class, spec -> spec.withText("Invite")));

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo(DemoPeople.SAM + " is already a member of this tenant.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(GridKt._size(memberGrid())).isEqualTo(membersBefore);
        assertThat(memberOf("acme", DemoPeople.SAM).displayName()).isEqualTo("Sam Ortega");
    }

    @Test
    void executiveCreatesATeamWithItsOwnHourlyCost() {
        // A tenant of its own, so the demo tenants keep exactly their demo teams.
        String suffix = suffix();
        String slug = "teams-" + suffix;
        String executive = "exec-" + suffix + "@teams.example";
        signIn(DemoPeople.ADMIN);
        TenantSummary tenant = tenants.create(TenantSettings.defaults("Teams " + suffix, slug,
                Locale.forLanguageTag("es-ES"), ZoneId.of("Europe/Madrid"), new BigDecimal("38")));
        people.invite(tenant.id(), new Invitation(executive, "Tere Exec", TenantRole.EXECUTIVE, null,
                AccountSetup.password("exec-pass-123")));

        newBrowserSession();
        signIn(executive);
        navigate("t/" + slug + "/people");
        _click(_get(Button.class, spec -> spec.withText("New team")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Team name")), "Dispatch");
        _setValue(_get(dialog, BigDecimalField.class, spec -> spec.withLabel("Loaded hourly cost")), new BigDecimal("41.50"));
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        assertThat(dialog.isOpened()).isFalse();
        Grid<Team> teams = teamGrid();
        assertThat(formattedRows(teams)).anySatisfy(row -> assertThat(row.subList(0, 3))
                .containsExactly("Dispatch", "41,50\u00a0€", "0"));
        assertThat(people.teams(tenant.id())).singleElement().satisfies(team -> {
            assertThat(team.name()).isEqualTo("Dispatch");
            assertThat(team.hourlyCost()).isEqualByComparingTo("41.50");
        });
    }

    /** The member as the database has them, read as the administrator, who sees every tenant. */
    private Member memberOf(String slug, String email) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        SignIn.as(context, DemoPeople.ADMIN);
        try {
            return people.members(tenants.findBySlug(slug).orElseThrow().id()).stream()
                    .filter(m -> m.email().equals(email)).findFirst()
                    .orElseThrow(() -> new AssertionError(email + " is not a member of " + slug));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    @SuppressWarnings("unchecked")
    private static Grid<Member> memberGrid() {
        return _find(_get(TenantPeopleView.class), Grid.class).getFirst();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Team> teamGrid() {
        return _find(_get(TenantPeopleView.class), Grid.class).getLast();
    }

    private static List<List<String>> formattedRows(Grid<?> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._getFormattedRow(grid, row)).toList();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
