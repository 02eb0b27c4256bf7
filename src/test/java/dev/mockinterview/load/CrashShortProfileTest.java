package dev.mockinterview.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Crash, short profile: kill -9 of the bot process under load, then restart")
class CrashShortProfileTest {

    @Test
    @DisplayName("3 SIGKILLs under load: every acknowledged answer stored once (or returned to its author), integrity ok, nothing left "
            + "unfinished, every session continues")
    void shortProfile() throws Exception {
        // given the short profile: 3 cycles of 16 users for up to 4 s each
        int users = 16;

        // when the bot is killed under load three times and restarted
        CrashTool.Result r = CrashTool.run(3, users, Duration.ofSeconds(4), 7L);
        r.lines().forEach(System.out::println);

        // then
        assertEquals(3, r.killed());
        assertTrue(r.answersAcked() > 0, "some answers were acknowledged before the kills");
        assertEquals(List.of(), r.lost(), "acknowledged answers neither stored nor returned to their author");
        assertEquals(List.of(), r.duplicated(), "answers stored twice by the replay");
        assertEquals("ok", r.integrity());
        assertEquals(0, r.leftInJournal(), "acknowledged requests left unfinished");
        assertEquals(users, r.usersContinued(), "users whose interview continued after the last restart");
        assertTrue(r.ok());
    }
}
