package studio.smartwork.portal.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
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
import java.util.Map;
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
import studio.smartwork.portal.identity.CurrentActor;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.mail.EmbeddedMailbox;
import studio.smartwork.portal.mail.SentMail;
import studio.smartwork.portal.people.Invitation;
import studio.smartwork.portal.people.Invitations;
import studio.smartwork.portal.people.Member;
import studio.smartwork.portal.people.PendingInvitation;
import studio.smartwork.portal.people.SignInPeople;
import studio.smartwork.portal.people.Team;
import studio.smartwork.portal.people.TenantMembers;
import studio.smartwork.portal.people.TenantTeams;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.DemoTenants;
import studio.smartwork.portal.support.FreshClient;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.Mailbox;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.support.TestPeople;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenant.TenantEntrance;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantSummary;

/** A tenant's people and teams: who may invite whom, how an invitation reaches its person and is accepted, and who sees the page. */
class TenantPeopleTests extends KaribuTests {

    @Autowired
    SignInPeople signInPeople;
    @Autowired
    TenantMembers tenantMembers;
    @Autowired
    TenantTeams tenantTeams;
    @Autowired
    TenantEntrance entrance;
    @Autowired
    Invitations invitations;
    @Autowired
    TenantService tenants;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void executiveInvitesStaffWhoGetTheirLinkByEmailAndJoinByChoosingTheirPassword() {
        String email = "new-staff-" + suffix() + "@acme.example";
        signIn(DemoPeople.EVA);
        navigate("t/acme/people");

        // Eva's client speaks Spanish, and so does her page.
        _get(H3.class, spec -> spec.withText("Personas"));
        _click(_get(Button.class, spec -> spec.withText("Invitar a una persona")));
        Dialog dialog = _get(Dialog.class);
        assertThat(_find(dialog, RadioButtonGroup.class)).as("no choice of how someone else gets in").isEmpty();
        assertThat(_find(dialog, PasswordField.class)).as("nobody sets another person's password").isEmpty();
        _setValue(_get(dialog, EmailField.class, spec -> spec.withLabel(Texts.t("people.invite.email"))), email);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel(Texts.t("people.invite.name"))), "Nora Staff");
        ComboBoxKt.selectByLabel(_get(dialog, ComboBox.class, spec -> spec.withLabel(Texts.t("people.invite.team"))), "Sales");
        _click(_get(dialog, Button.class, spec -> spec.withText(Texts.t("people.invite.invite"))));

        assertThat(_get(dialog, Paragraph.class, spec -> spec.withId("invitation-sent")).getText())
                .isEqualTo(Texts.t("people.invite.sent", email, "Acme Logistics"))
                .startsWith("La invitación va de camino a " + email);
        assertThat(_find(dialog, TextField.class)).as("no link for the inviter to pass on").isEmpty();
        assertThat(GridKt._findAll(memberGrid())).extracting(Member::email).doesNotContain(email);
        assertThat(GridKt._findAll(invitationGrid())).extracting(PendingInvitation::email).contains(email);
        assertThat(signInPeople.credentials(email).orElseThrow().passwordHash()).isNull();
        assertThat(userDetails.loadUserByUsername(email).isEnabled()).as("cannot sign in before choosing a password").isFalse();

        // The link reached the address, and only the address.
        String path = Mailbox.newestWelcomePath(context, email);
        assertThat(Mailbox.of(context, DemoPeople.EVA)).noneMatch(mail -> mail.text().contains(path));
        newBrowserSession();
        navigate(path);
        _get(H1.class, spec -> spec.withText("Welcome, Nora Staff"));
        _get(ListItem.class, spec -> spec.withText("Acme Logistics as Staff (invited by Eva Martín)"));
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "correct horse 42");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Repeat password")), "correct horse 42");
        _click(_get(Button.class, spec -> spec.withText("Set password")));
        _get(H1.class, spec -> spec.withText("Your password is set"));
        _get(Paragraph.class, spec -> spec.withText("You joined Acme Logistics. Sign in with your e-mail address and the new password."));

        assertThat(passwordEncoder.matches("correct horse 42", signInPeople.credentials(email).orElseThrow().passwordHash())).isTrue();
        assertThat(userDetails.loadUserByUsername(email).isEnabled()).isTrue();
        Member joined = memberOf("acme", email);
        assertThat(joined.role()).isEqualTo(TenantRole.STAFF);
        assertThat(joined.teamName()).isEqualTo("Sales");

        navigate(path);
        _get(H1.class, spec -> spec.withText("This link is no longer valid"));
        assertThat(_find(PasswordField.class)).isEmpty();
    }

    /**
     * The hole this closes: an executive of one client invited an address, chose its password,
     * and when another client later invited the same address, signed in with that client's role.
     */
    @Test
    void anAddressInvitedByTwoClientsNeverGivesTheFirstInviterTheSecondClientsAccess() {
        String victim = "victim-" + suffix() + "@example.com";
        TenantId acme = DemoTenants.id(context, "acme");
        TenantId brightsmile = DemoTenants.id(context, "brightsmile");
        SignIn.as(context, DemoPeople.EVA);
        invitations.invite(acme, new Invitation(victim, "Val Victim", TenantRole.STAFF, null));
        SignIn.as(context, DemoPeople.DAN);
        invitations.invite(brightsmile, new Invitation(victim, "Val Victim", TenantRole.STAFF, null));

        // Nobody but the owner of the address can get into the account: there is no password to know.
        assertThat(signInPeople.credentials(victim).orElseThrow().passwordHash()).isNull();
        assertThat(userDetails.loadUserByUsername(victim).isEnabled()).isFalse();
        String victimsLink = Mailbox.newestWelcomePath(context, victim);
        assertThat(context.getBean(EmbeddedMailbox.class).received()).filteredOn(mail -> mail.text().contains(victimsLink))
                .extracting(SentMail::to).containsOnly(victim);
        // And no membership exists before the owner accepts.
        SignIn.as(context, victim);
        assertThatThrownBy(() -> entrance.enter("brightsmile")).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> entrance.enter("acme")).isInstanceOf(TenantNotFoundException.class);
        assertThat(invitations.mine(CurrentActor.require())).extracting(i -> i.tenant().slug()).containsExactly("acme", "brightsmile");
    }

    @Test
    void theInviterSeesTheSameAnswerWhetherOrNotTheAddressAlreadyHasAnAccount() {
        String withAccount = TestPeople.newClientPerson(context, "acme", TenantRole.STAFF, null);
        String withoutAccount = "unknown-" + suffix() + "@example.com";
        Map<String, String> answers = new java.util.HashMap<>();
        for (String address : List.of(withAccount, withoutAccount)) {
            newBrowserSession();
            signIn(DemoPeople.DAN);
            navigate("t/brightsmile/people");
            _click(_get(Button.class, spec -> spec.withText(Texts.t("people.tenant.invite"))));
            Dialog dialog = _get(Dialog.class);
            _setValue(_get(dialog, EmailField.class, spec -> spec.withLabel(Texts.t("people.invite.email"))), address);
            _setValue(_get(dialog, TextField.class, spec -> spec.withLabel(Texts.t("people.invite.name"))), "Someone");
            _click(_get(dialog, Button.class, spec -> spec.withText(Texts.t("people.invite.invite"))));
            answers.put(address, _get(dialog, Paragraph.class, spec -> spec.withId("invitation-sent")).getText().replace(address, "ADDRESS"));
            assertThat(GridKt._findAll(invitationGrid())).filteredOn(i -> i.email().equals(address))
                    .singleElement().satisfies(i -> assertThat(i.displayName()).isNotBlank());
        }
        assertThat(answers.get(withAccount)).isEqualTo(answers.get(withoutAccount));
    }

    @Test
    void someoneWithAnAccountAcceptsAnInvitationAfterSigningInAndMayDeclineAnother() {
        String person = TestPeople.newClientPerson(context, "acme", TenantRole.STAFF, null);
        SignIn.as(context, DemoPeople.DAN);
        invitations.invite(DemoTenants.id(context, "brightsmile"), new Invitation(person, "Someone", TenantRole.STAFF, null));
        // Brightsmile speaks English, and the person chose no language of their own (their invitation to Acme came in Spanish).
        assertThat(Mailbox.of(context, person)).filteredOn(mail -> mail.subject().contains("Brightsmile Dental")).singleElement()
                .satisfies(mail -> assertThat(mail.text()).contains("Sign in to accept the invitation").doesNotContain("/welcome/"));
        SignIn.out();

        signIn(person);
        navigate("");
        Div card = invitationCard();
        assertThat(_get(card, H3.class).getText()).contains("Brightsmile Dental");
        _click(acceptButtonOf(card));
        SignIn.as(context, person);
        assertThat(entrance.enter("brightsmile").role()).isEqualTo(TenantRole.STAFF);

        TenantSummary tenant = FreshClient.tenant(context, "Declined", Locale.UK, ZoneId.of("Europe/London"));
        invitations.invite(tenant.id(), new Invitation(person, "Someone", TenantRole.EXECUTIVE, null));
        newBrowserSession();
        signIn(person);
        navigate("");
        _click(declineButtonOf(invitationCard()));
        SignIn.as(context, person);
        assertThatThrownBy(() -> entrance.enter(tenant.slug())).isInstanceOf(TenantNotFoundException.class);
        assertThat(invitations.mine(CurrentActor.require())).isEmpty();
    }

    @Test
    void aWithdrawnInvitationCanNoLongerBeAccepted() {
        String email = "withdrawn-" + suffix() + "@acme.example";
        TenantId acme = DemoTenants.id(context, "acme");
        SignIn.as(context, DemoPeople.EVA);
        long id = invitations.invite(acme, new Invitation(email, "Wanda", TenantRole.STAFF, null)).invitationId();
        invitations.withdraw(acme, id);
        assertThat(invitations.pending(acme)).noneMatch(i -> i.email().equals(email));
        SignIn.as(context, email);
        assertThat(invitations.mine(CurrentActor.require())).isEmpty();
        assertThatThrownBy(() -> invitations.accept(CurrentActor.require(), id)).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> entrance.enter("acme")).isInstanceOf(TenantNotFoundException.class);
    }

    @Test
    void executiveCanOnlyInviteStaff() {
        signIn(DemoPeople.EVA);
        navigate("t/acme/people");
        _click(_get(Button.class, spec -> spec.withText(Texts.t("people.tenant.invite"))));

        Select<?> role = _get(_get(Dialog.class), Select.class, spec -> spec.withLabel(Texts.t("people.invite.role")));
        assertThat(ComboBoxKt.getSuggestions(role)).containsExactly("Personal");
    }

    @Test
    void theServiceRefusesAnExecutiveInvitingAnotherExecutive() {
        String email = "would-be-exec-" + suffix() + "@acme.example";
        SignIn.as(context, DemoPeople.EVA);
        TenantId acme = DemoTenants.id(context, "acme");

        assertThatThrownBy(() -> invitations.invite(acme, new Invitation(email, "Would Be", TenantRole.EXECUTIVE, null)))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.reason().key()).isEqualTo("people.refusal.executive-invites-staff"));
        assertThat(signInPeople.credentials(email)).isEmpty();
    }

    @Test
    void staffDoNotGetThePeoplePage() {
        signIn(DemoPeople.SAM);
        navigate("t/acme/people");
        _get(H1.class, spec -> spec.withText(Texts.t("shell.not-found.title")));
        assertThat(_find(TenantPeopleView.class)).isEmpty();
        assertThat(_find(Grid.class)).isEmpty();
    }

    @Test
    void consultantSeesWhoIsWhoAndMayRemoveSomeoneButInvitesNobody() {
        signIn(DemoPeople.TOM);
        navigate("t/acme/people");
        _get(TenantPeopleView.class);
        assertThat(GridKt._findAll(memberGrid())).extracting(Member::email)
                .contains(DemoPeople.EVA, DemoPeople.SAM, DemoPeople.LIA);
        assertThat(_find(Button.class, spec -> spec.withText(Texts.t("people.tenant.invite")))).isEmpty();
        var actions = (com.vaadin.flow.component.Component) GridKt._getCellComponent(memberGrid(), 0, "actions");
        assertThat(_find(actions, Button.class, spec -> spec.withText(Texts.t("people.tenant.remove")))).hasSize(1);
        assertThat(_find(actions, Button.class, spec -> spec.withText(Texts.t("people.change")))).as("changing roles is the inviters'").isEmpty();
    }

    @Test
    void administratorInvitesAnExecutive() {
        String email = "new-exec-" + suffix() + "@brightsmile.example";
        signIn(DemoPeople.ADMIN);
        navigate("t/brightsmile/people");

        _click(_get(Button.class, spec -> spec.withText(Texts.t("people.tenant.invite"))));
        Dialog dialog = _get(Dialog.class);
        Select<?> role = _get(dialog, Select.class, spec -> spec.withLabel(Texts.t("people.invite.role")));
        assertThat(ComboBoxKt.getSuggestions(role)).containsExactly(Texts.t("identity.role.executive"), Texts.t("identity.role.staff"));
        _setValue(_get(dialog, EmailField.class, spec -> spec.withLabel(Texts.t("people.invite.email"))), email);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel(Texts.t("people.invite.name"))), "Orla Exec");
        ComboBoxKt.selectByLabel(role, Texts.t("identity.role.executive"));
        _click(_get(dialog, Button.class, spec -> spec.withText(Texts.t("people.invite.invite"))));
        _get(dialog, Paragraph.class, spec -> spec.withId("invitation-sent"));

        newBrowserSession();
        navigate(Mailbox.newestWelcomePath(context, email));
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "first-pass-123");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Repeat password")), "first-pass-123");
        _click(_get(Button.class, spec -> spec.withText("Set password")));
        UserDetails user = userDetails.loadUserByUsername(email);
        assertThat(user.isEnabled()).isTrue();
        assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_CLIENT");
        assertThat(memberOf("brightsmile", email).role()).isEqualTo(TenantRole.EXECUTIVE);
        SignIn.as(context, email);
        assertThat(entrance.enter("brightsmile").role()).isEqualTo(TenantRole.EXECUTIVE);
    }

    @Test
    void invitingSomeoneWhoIsAlreadyAMemberShowsAFieldError() {
        signIn(DemoPeople.EVA);
        navigate("t/acme/people");
        int membersBefore = GridKt._size(memberGrid());

        _click(_get(Button.class, spec -> spec.withText(Texts.t("people.tenant.invite"))));
        Dialog dialog = _get(Dialog.class);
        EmailField email = _get(dialog, EmailField.class, spec -> spec.withLabel(Texts.t("people.invite.email")));
        _setValue(email, DemoPeople.SAM);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel(Texts.t("people.invite.name"))), "Sam Again");
        _click(_get(dialog, Button.class, spec -> spec.withText(Texts.t("people.invite.invite"))));

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo(DemoPeople.SAM + " ya es miembro de este cliente.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(GridKt._size(memberGrid())).isEqualTo(membersBefore);
        assertThat(memberOf("acme", DemoPeople.SAM).displayName()).isEqualTo("Sam Ortega");
    }

    @Test
    void executiveCreatesATeamWithItsOwnHourlyCost() {
        // A tenant of its own, so the demo tenants keep exactly their demo teams.
        TenantSummary tenant = FreshClient.tenant(context, "Teams", Locale.forLanguageTag("es-ES"), ZoneId.of("Europe/Madrid"));
        String slug = tenant.slug();
        String executive = "exec-" + slug + "@teams.example";
        TestPeople.member(context, tenant.id(), executive, "Tere Exec", TenantRole.EXECUTIVE, null, DemoPeople.ADMIN);

        newBrowserSession();
        signIn(executive);
        navigate("t/" + slug + "/people");
        _click(_get(Button.class, spec -> spec.withText(Texts.t("people.tenant.new-team"))));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel(Texts.t("people.team.name"))), "Dispatch");
        _setValue(_get(dialog, BigDecimalField.class, spec -> spec.withLabel(Texts.t("people.team.hourly-cost"))), new BigDecimal("41.50"));
        _click(_get(dialog, Button.class, spec -> spec.withText(Texts.t("people.save"))));

        assertThat(dialog.isOpened()).isFalse();
        Grid<Team> teams = teamGrid();
        assertThat(formattedRows(teams)).anySatisfy(row -> assertThat(row.subList(0, 3))
                .containsExactly("Dispatch", "41,50\u00a0€", "0"));
        assertThat(tenantTeams.teams(tenant.id())).singleElement().satisfies(team -> {
            assertThat(team.name()).isEqualTo("Dispatch");
            assertThat(team.hourlyCost()).isEqualByComparingTo("41.50");
        });
    }

    @Test
    void aTeamsHourlyCostTooLargeToStoreIsAFieldError() {
        SignIn.as(context, DemoPeople.EVA);
        TenantId acme = DemoTenants.id(context, "acme");
        assertThatThrownBy(() -> tenantTeams.saveTeam(acme, null, "Gold plated " + suffix(), new BigDecimal("10000000000")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).containsOnlyKeys("hourlyCost");
                    assertThat(e.problems().get("hourlyCost").key()).isEqualTo("people.refusal.hourly-cost");
                });
    }

    @Test
    void anInvitationOrRoleChangeWithoutARoleOrWithAControlCharacterInTheAddressIsAFieldError() {
        String email = "nul\u0000" + suffix() + "@acme.example";
        SignIn.as(context, DemoPeople.ADMIN);
        TenantId acme = DemoTenants.id(context, "acme");
        assertThatThrownBy(() -> invitations.invite(acme, new Invitation("no-role-" + suffix() + "@acme.example", "No Role", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get("role").key())
                        .isEqualTo("people.refusal.client-role"));
        long sam = tenantMembers.members(acme).stream().filter(m -> m.email().equals(DemoPeople.SAM)).findFirst().orElseThrow().personId();
        assertThatThrownBy(() -> tenantMembers.changeMember(acme, sam, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsOnlyKeys("role"));
        SignIn.as(context, DemoPeople.EVA);
        assertThatThrownBy(() -> invitations.invite(acme, new Invitation(email, "Null Byte", TenantRole.STAFF, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).containsOnlyKeys("email");
                    assertThat(e.problems().get("email").key()).isEqualTo("people.refusal.email");
                });
    }

    /** The member as the database has them, read as the administrator, who sees every tenant. */
    private Member memberOf(String slug, String email) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        SignIn.as(context, DemoPeople.ADMIN);
        try {
            return tenantMembers.members(tenants.findBySlug(slug).orElseThrow().id()).stream()
                    .filter(m -> m.email().equals(email)).findFirst()
                    .orElseThrow(() -> new AssertionError(email + " is not a member of " + slug));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** The start page's card of an invitation; its words are the start page's, so it is found by what it is. */
    private static Div invitationCard() {
        return _get(Div.class, spec -> spec.withClasses("invitation-card"));
    }

    /** The card offers Accept first, as its primary button, then Decline. */
    private static Button acceptButtonOf(Div card) {
        return _find(card, Button.class).getFirst();
    }

    private static Button declineButtonOf(Div card) {
        return _find(card, Button.class).get(1);
    }

    @SuppressWarnings("unchecked")
    private static Grid<Member> memberGrid() {
        return _get(Grid.class, spec -> spec.withId("members"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<PendingInvitation> invitationGrid() {
        return _get(Grid.class, spec -> spec.withId("invitations"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Team> teamGrid() {
        return _get(Grid.class, spec -> spec.withId("teams"));
    }

    private static List<List<String>> formattedRows(Grid<?> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._getFormattedRow(grid, row)).toList();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
