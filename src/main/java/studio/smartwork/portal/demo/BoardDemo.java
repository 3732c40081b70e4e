package studio.smartwork.portal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.board.Assignee;
import studio.smartwork.portal.board.BoardService;
import studio.smartwork.portal.readiness.ReadinessService;
import studio.smartwork.portal.readiness.ReadinessSign;
import studio.smartwork.portal.tenancy.TenantId;

/** Action items on both demo boards, and Brightsmile's self-check, which warns. */
@Component
class BoardDemo implements DemoChapter {

    private final BoardService board;
    private final ReadinessService readiness;
    private final Clock clock;

    BoardDemo(BoardService board, ReadinessService readiness, Clock clock) {
        this.board = board;
        this.readiness = readiness;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void write(DemoSeeding seeding) {
        TenantId acme = seeding.tenant("acme");
        TenantId brightsmile = seeding.tenant("brightsmile");
        LocalDate today = LocalDate.now(clock);
        seeding.as("carla@smartwork.studio", () -> {
            board.createActionItem(acme, "Export last month's call volumes from the phone system", person(acme, "Eva"), today.plusDays(5));
            board.createActionItem(acme, "List the lead sources the web form uses", person(acme, "Lia"), today.minusDays(2));
            board.createActionItem(acme, "Share the inbox triage draft with the team", person(acme, "Carla"), today.plusDays(10));
            board.createActionItem(brightsmile, "Log a full week of front-desk time", person(brightsmile, "Joe"), today.plusDays(3));
        });
        seeding.as("dan@brightsmile.example", () -> readiness.answer(brightsmile, EnumSet.of(
                ReadinessSign.LICENCES_JUST_IN_CASE, ReadinessSign.SAVING_UNKNOWN, ReadinessSign.MEETINGS_ABOUT_TOOLS)));
    }

    private long person(TenantId tenant, String firstName) {
        return board.assignees(tenant).stream().filter(a -> a.name().startsWith(firstName))
                .map(Assignee::personId).findFirst().orElseThrow();
    }
}
