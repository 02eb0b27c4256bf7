package dev.mockinterview.ports;

import dev.mockinterview.interview.UserRef;
import java.time.Instant;
import java.util.Optional;

/** What the bot keeps for its Messages tab: messages offered as answers, and who has been welcomed. */
public interface MessagesTabStore {

    /** A message the user wrote outside a question's thread, offered as the answer to their open question. */
    record Offered(long id, UserRef user, long sessionId, String questionId, String text) {
    }

    /** Keeps a message offered as an answer; returns its id. */
    long offer(UserRef user, long sessionId, String questionId, String text, Instant now);

    Optional<Offered> offered(long id);

    /** Forgets a message once it is saved as an answer (a second click then finds nothing to save). */
    void taken(long id);

    /** True the first time it is asked for a user (who is then welcomed), false ever after. */
    boolean welcomeOnce(UserRef user, Instant now);
}
