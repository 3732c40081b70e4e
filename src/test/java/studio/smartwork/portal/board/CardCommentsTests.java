package studio.smartwork.portal.board;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.people.PersonErasure;
import studio.smartwork.portal.people.TenantMembers;
import studio.smartwork.portal.shared.EnteredText;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.Language;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.support.TestPeople;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenantdata.TenantDataExport;

/** Both sides talk on the board: a thread on every card, for everyone who sees the board. */
class CardCommentsTests extends KaribuTests {

    private CardComments comments() {
        return context.getBean(CardComments.class);
    }

    private TenantId acme() {
        return BoardFixture.tenant(context, "acme");
    }

    private TenantId brightsmile() {
        return BoardFixture.tenant(context, "brightsmile");
    }

    @Test
    void samCommentsOnACardFromTheBoardAndReadsTheThreadInSpanish() {
        TenantId acme = acme();
        String title = "Thread " + System.nanoTime();
        DesignRecordSummary record = BoardFixture.draftRecord(context, acme, title);
        comments().comment(acme, CardKey.ofRecord(record.number()), "Could this also read the delivery notes?");

        signIn(DemoPeople.SAM);
        navigate("t/acme/board");
        Button open = _get(Button.class, spec -> spec.withId("board-card-comments-sdr-" + record.number()));
        assertThat(open.getText()).isEqualTo("1 comentario");
        _click(open);
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Comentarios sobre " + title);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Tu comentario")), "Sí, y también los albaranes.\nLos tengo yo.");
        _click(_get(Button.class, spec -> spec.withText("Publicar comentario")));

        List<CardComment> thread = comments().thread(acme, CardKey.ofRecord(record.number()));
        assertThat(thread).extracting(CardComment::author).containsExactly("Carla Romero", "Sam Ortega");
        CardComment mine = thread.getLast();
        assertThat(mine.body()).isEqualTo("Sí, y también los albaranes.\nLos tengo yo.");
        Div shown = _get(Div.class, spec -> spec.withId("board-comment-" + mine.id()));
        // Acme keeps Madrid time; the reader's words are Spanish, whose short time has no leading zero.
        String madrid = DateTimeFormatter.ofPattern("H:mm").withZone(ZoneId.of("Europe/Madrid")).format(mine.createdAt());
        assertThat(_get(shown, Span.class).getText()).startsWith("Sam Ortega · ").endsWith(madrid);
        assertThat(_get(shown, Paragraph.class).getText()).isEqualTo(mine.body());
        List<Div> boxes = _find(Div.class, spec -> spec.withClasses("board-comment"));
        assertThat(boxes).as("newest last").last().extracting(Div::getId).isEqualTo(java.util.Optional.of("board-comment-" + mine.id()));
        assertThat(_get(Button.class, spec -> spec.withId("board-card-comments-sdr-" + record.number())).getText())
                .isEqualTo("2 comentarios");
        assertThat(_get(TextArea.class, spec -> spec.withId("board-comment-body")).getValue()).isEmpty();
        assertThat(context.getBean(ActivityLog.class).recent(acme, 1).getFirst().message())
                .isEqualTo(Message.of("board.activity.commented", "Sam Ortega", title));
    }

    @Test
    void joeOfBrightsmileCommentsOnACandidateFreeBoardInEnglish() {
        TenantId brightsmile = brightsmile();
        String title = "Recall reminders " + System.nanoTime();
        DesignRecordSummary record = BoardFixture.draftRecord(context, brightsmile, title);

        signIn(DemoPeople.JOE);
        navigate("t/brightsmile/board");
        _click(_get(Button.class, spec -> spec.withId("board-card-comments-sdr-" + record.number())));
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("Comments on " + title);
        assertThat(_find(Paragraph.class, spec -> spec.withText(Texts.t("board.comments.empty")))).hasSize(1);
        _setValue(_get(TextArea.class, spec -> spec.withId("board-comment-body")), "Most recalls are for cleanings.");
        _click(_get(Button.class, spec -> spec.withId("board-comment-post")));

        assertThat(Texts.t("board.comments.post")).isEqualTo("Post comment");
        CardComment joes = comments().thread(brightsmile, CardKey.ofRecord(record.number())).getFirst();
        assertThat(joes.author()).isEqualTo("Joe Walsh");
        String dublin = DateTimeFormatter.ofPattern("H:mm").withZone(ZoneId.of("Europe/Dublin")).format(joes.createdAt());
        assertThat(_get(_get(Div.class, spec -> spec.withId("board-comment-" + joes.id())), Span.class).getText())
                .startsWith("Joe Walsh · ").endsWith(dublin);
        assertThat(_get(Button.class, spec -> spec.withId("board-card-comments-sdr-" + record.number())).getText()).isEqualTo("1 comment");
    }

    @Test
    void candidatesHaveThreadsToo() {
        TenantId acme = acme();
        String title = "Candidate thread " + System.nanoTime();
        long candidate = BoardFixture.acmeCandidate(context, title);
        signIn(DemoPeople.EVA);
        comments().comment(acme, CardKey.ofCandidate(candidate), "This one first, please.");
        assertThat(BoardFixture.card(context, acme, title).comments()).isEqualTo(1);
        assertThat(BoardFixture.card(context, acme, title).key()).isEqualTo(CardKey.ofCandidate(candidate));
        assertThat(comments().thread(acme, CardKey.ofCandidate(candidate))).singleElement()
                .satisfies(c -> assertThat(c.author()).isEqualTo("Eva Martín"));
    }

    @Test
    void aCandidateRemovedTakesItsThreadWithIt() {
        TenantId acme = acme();
        String title = "Removed with thread " + System.nanoTime();
        long candidate = BoardFixture.acmeCandidate(context, title);
        signIn(DemoPeople.EVA);
        comments().comment(acme, CardKey.ofCandidate(candidate), "Do we still need this?");
        signIn(DemoPeople.CARLA);
        context.getBean(studio.smartwork.portal.audit.AuditAnalysis.class).removeCandidate(acme, candidate);
        assertThatThrownBy(() -> comments().thread(acme, CardKey.ofCandidate(candidate)))
                .isInstanceOf(studio.smartwork.portal.tenancy.TenantNotFoundException.class);
    }

    @Test
    void aCommentIsProseOfOneTo2000Characters() {
        TenantId acme = acme();
        DesignRecordSummary record = BoardFixture.draftRecord(context, acme, "Lengths " + System.nanoTime());
        CardKey card = CardKey.ofRecord(record.number());
        signIn(DemoPeople.LIA);
        for (String refused : new String[] {"", "   \n ", "x".repeat(2001)}) {
            assertThatThrownBy(() -> comments().comment(acme, card, refused)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.problems()).containsExactly(Map.entry("body", Message.of("board.comment.body.length", 2000))));
        }
        assertThatThrownBy(() -> comments().comment(acme, card, "Nul\0here")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().get("body").key()).isEqualTo(EnteredText.PROSE));
        // 2000 characters, counted as people count them: an emoji is one.
        String longest = "😀".repeat(2000);
        comments().comment(acme, card, "  " + longest + "  ");
        comments().comment(acme, card, "Two\nlines\tand a tab");
        assertThat(comments().thread(acme, card)).extracting(CardComment::body).containsExactly(longest, "Two\nlines\tand a tab");

        signIn(DemoPeople.SAM);
        navigate("t/acme/board");
        _click(_get(Button.class, spec -> spec.withId("board-card-comments-sdr-" + record.number())));
        _click(_get(Button.class, spec -> spec.withId("board-comment-post")));
        TextArea body = _get(TextArea.class, spec -> spec.withId("board-comment-body"));
        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).isEqualTo(Texts.t("board.comment.body.length", 2000)).startsWith("Escribe un comentario de 1 a 2");
    }

    @Test
    void authorsDeleteTheirOwnCommentsAndConsultantsAnyone() {
        TenantId acme = acme();
        DesignRecordSummary record = BoardFixture.draftRecord(context, acme, "Deleting " + System.nanoTime());
        CardKey card = CardKey.ofRecord(record.number());
        signIn(DemoPeople.SAM);
        long sams = comments().comment(acme, card, "Sam's first thought");
        signIn(DemoPeople.LIA);
        long lias = comments().comment(acme, card, "Lia's answer");
        signIn(DemoPeople.EVA);
        long evas = comments().comment(acme, card, "Eva's decision");

        signIn(DemoPeople.LIA);
        assertThat(comments().thread(acme, card)).extracting(CardComment::mayDelete).containsExactly(false, true, false);
        assertThatThrownBy(() -> comments().delete(acme, sams)).isInstanceOfSatisfying(NotAllowedException.class,
                e -> assertThat(e.reason().key()).isEqualTo("board.comment.delete.not-allowed"));
        signIn(DemoPeople.EVA);
        assertThatThrownBy(() -> comments().delete(acme, lias)).as("an executive is no moderator")
                .isInstanceOf(NotAllowedException.class);

        signIn(DemoPeople.SAM);
        navigate("t/acme/board");
        _click(_get(Button.class, spec -> spec.withId("board-card-comments-sdr-" + record.number())));
        assertThat(_find(Button.class, spec -> spec.withId("board-comment-delete-" + lias))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("board-comment-delete-" + evas))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("board-comment-delete-" + sams)));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(comments().thread(acme, card)).extracting(CardComment::id).containsExactly(lias, evas);
        assertThat(context.getBean(ActivityLog.class).recent(acme, 1).getFirst().message())
                .isEqualTo(Message.of("board.activity.comment-deleted", "Sam Ortega", record.title()));

        signIn(DemoPeople.CARLA);
        assertThat(comments().thread(acme, card)).extracting(CardComment::mayDelete).containsOnly(true);
        comments().delete(acme, lias);
        signIn(DemoPeople.TOM);
        comments().delete(acme, evas);
        assertThat(comments().thread(acme, card)).isEmpty();
        assertThat(BoardFixture.card(context, acme, record.title()).comments()).isZero();
    }

    @Test
    void anotherTenantsCardOrCommentIsNotFound() {
        TenantId acme = acme();
        TenantId brightsmile = brightsmile();
        long acmeCandidate = BoardFixture.acmeCandidate(context, "Isolated " + System.nanoTime());
        DesignRecordSummary acmeRecord = BoardFixture.draftRecord(context, acme, "Isolated record " + System.nanoTime());
        long acmeComment = comments().comment(acme, CardKey.ofCandidate(acmeCandidate), "Only for Acme");

        signIn(DemoPeople.JOE);
        assertThatThrownBy(() -> comments().thread(brightsmile, CardKey.ofCandidate(acmeCandidate)))
                .isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> comments().comment(brightsmile, CardKey.ofCandidate(acmeCandidate), "Hello"))
                .isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> comments().delete(brightsmile, acmeComment)).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> comments().thread(acme, CardKey.ofRecord(acmeRecord.number())))
                .isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> comments().comment(acme, CardKey.ofCandidate(acmeCandidate), "Hello"))
                .isInstanceOf(TenantNotFoundException.class);
        // Carla sees both tenants; Acme's candidate is still no card of Brightsmile's board.
        signIn(DemoPeople.CARLA);
        assertThatThrownBy(() -> comments().comment(brightsmile, CardKey.ofCandidate(acmeCandidate), "Hello"))
                .isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> comments().delete(brightsmile, acmeComment)).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> comments().thread(acme, new CardKey(acmeRecord.number(), acmeCandidate)))
                .as("a key naming two cards names none").isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> comments().thread(acme, new CardKey(null, null))).isInstanceOf(TenantNotFoundException.class);
        assertThat(comments().thread(acme, CardKey.ofCandidate(acmeCandidate))).singleElement()
                .extracting(CardComment::body).isEqualTo("Only for Acme");
    }

    @Test
    void anErasedPersonsCommentsKeepTheirWordsUnderTheirLabelAndAreInTheExport() throws IOException {
        TenantId acme = acme();
        String email = TestPeople.newClientPerson(context, "acme", TenantRole.STAFF, null);
        SignIn.as(context, DemoPeople.ADMIN);
        var member = context.getBean(TenantMembers.class).members(acme).stream().filter(m -> m.email().equals(email)).findFirst()
                .orElseThrow();
        DesignRecordSummary record = BoardFixture.draftRecord(context, acme, "Erasure thread " + System.nanoTime());
        CardKey card = CardKey.ofRecord(record.number());
        SignIn.as(context, email);
        comments().comment(acme, card, "I log the missed calls by hand every evening.");
        SignIn.as(context, DemoPeople.CARLA);
        comments().comment(acme, card, "Thanks " + member.displayName() + ", that helps.");

        SignIn.as(context, DemoPeople.ADMIN);
        String label = context.getBean(PersonErasure.class).erase(member.personId());

        signIn(DemoPeople.SAM);
        assertThat(comments().thread(acme, card)).extracting(CardComment::author, CardComment::body).containsExactly(
                org.assertj.core.groups.Tuple.tuple(label, "I log the missed calls by hand every evening."),
                org.assertj.core.groups.Tuple.tuple("Carla Romero", "Thanks " + label + ", that helps."));

        SignIn.as(context, DemoPeople.EVA);
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        context.getBean(TenantDataExport.class).write(acme, Language.SPANISH, archive);
        List<CSVRecord> rows = boardComments(archive.toByteArray()).stream()
                .filter(r -> r.get("record").equals(record.reference())).toList();
        assertThat(rows).extracting(r -> r.get("author")).containsExactly(label, "Carla Romero");
        assertThat(rows).extracting(r -> r.get("body")).containsExactly("I log the missed calls by hand every evening.",
                "Thanks " + label + ", that helps.");
        assertThat(rows.getFirst().get("candidate")).isEmpty();
    }

    private static List<CSVRecord> boardComments(byte[] archive) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("board_comments.csv")) {
                    String csv = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    return CSVParser.parse(new StringReader(csv), CSVFormat.DEFAULT.builder().setHeader().get()).getRecords();
                }
            }
        }
        throw new AssertionError("No board_comments.csv in the export");
    }
}
