package dev.mockinterview.load;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Crash, short profile: kill -9 of the bot process under load, then restart, over HTTP and Socket Mode")
class CrashShortProfileTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(CrashTool.Transport.class)
    @DisplayName("3 SIGKILLs under load: no acknowledged action lost, no effect applied twice, no question repeated "
            + "or skipped, no duplicate post, nothing left unfinished, every session continues")
    void shortProfile(CrashTool.Transport transport) throws Exception {
        // given the short profile: 3 cycles of 16 users for up to 4 s each
        int users = 16;

        // when the bot is killed under load three times and restarted
        CrashTool.Result r = CrashTool.run(transport, 3, users, Duration.ofSeconds(4), 7L);
        r.lines().forEach(System.out::println);
        List<String> some = r.evidenceByKind(5);
        some.forEach(e -> System.out.println("evidence: " + e));
        String evidence = String.join("\n", some);

        // then the load did what it is meant to: every kind of action was acknowledged, and new questions shown
        assertEquals(3, r.killed());
        assertTrue(r.commands().acked() >= users, "every user started an interview: " + r.commands());
        assertTrue(r.hints().acked() > 0, "hint clicks acknowledged: " + r.hints());
        assertTrue(r.answers().acked() > 0, "answers acknowledged: " + r.answers());
        assertTrue(r.nexts().acked() > 0, "Next clicks acknowledged: " + r.nexts());
        assertTrue(r.questionsShown() > users, "questions shown: " + r.questionsShown());

        // then every invariant holds (all checked, so that one failure does not hide another)
        assertAll(
                // no acknowledged action lost
                () -> assertEquals(List.of(), r.lost(), "acknowledged answers neither stored nor returned"),
                () -> assertEquals(0, r.hintsLost(), "acknowledged hint clicks not applied (" + r.hintsOvertaken()
                        + " overtaken after a restart by a later click of the same user):\n" + evidence),
                () -> assertEquals(0, r.nextsLost(), "acknowledged Next clicks not applied:\n" + evidence),
                () -> assertEquals(0, r.actionsWithoutOutcome(), "acknowledged actions with no outcome:\n"
                        + evidence),
                // no effect applied twice
                () -> assertEquals(List.of(), r.duplicated(), "answers stored twice"),
                () -> assertEquals(0, r.hintsDoubled(), "hints revealed beyond the clicks sent:\n" + evidence),
                () -> assertEquals(0, r.nextsDoubled(), "questions advanced past twice or without a Next:\n"
                        + evidence),
                // no question repeated or skipped, no duplicate post
                () -> assertEquals(0, r.questionsRepeated(), "questions repeated within a round:\n" + evidence),
                () -> assertEquals(0, r.questionsSkipped(), "questions skipped:\n" + evidence),
                () -> assertEquals(0, r.phantomCards(), "cards posted that the database does not hold:\n"
                        + evidence),
                () -> assertTrue(r.postsChecked() > 0, "posts checked"),
                () -> assertEquals(0, r.duplicatePosts(), "messages posted twice:\n" + evidence),
                // nothing left unfinished, the database intact, every interview goes on
                () -> assertEquals("ok", r.integrity()),
                () -> assertEquals(0, r.leftInJournal(), "acknowledged requests left unfinished"),
                () -> assertEquals(0, r.leftInOutbox(), "messages committed but never sent"),
                () -> assertEquals(List.of(), r.socketViolations(), "acks Slack would not accept"),
                () -> assertEquals(users, r.usersContinued(), "users whose interview continued after the restart"));
        assertTrue(r.ok());
    }
}
