package dev.mockinterview.interview;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The persistence port for interviews. Implementations keep everything: sessions, every question shown, every
 * answer, until the user (or an admin) deletes their data. Writes made inside {@link #inTransaction} are atomic
 * with each other.
 */
public interface SessionStore {

    /** Runs {@code work} as one atomic unit; nested calls join the outer unit. */
    <T> T inTransaction(Supplier<T> work);

    Optional<Session> activeSession(UserRef user);

    Optional<Session> session(long sessionId);

    /** Creates an active session with no question yet. */
    long createSession(UserRef user, Category category, Instant now);

    void setCategory(long sessionId, Category category);

    /** Makes {@code questionId} the session's current question and records that the user has seen it. */
    void showQuestion(long sessionId, String questionId, Instant now);

    /** Saves the progress on the session's current question. */
    void saveProgress(long sessionId, int hintsRevealed, boolean modelAnswerRevealed, Instant now);

    void endSession(long sessionId, Instant now);

    /** Stores an answer verbatim with its feedback score (null when not scored). */
    Answer saveAnswer(long sessionId, String questionId, UserRef user, String text, Integer score, Instant now);

    List<Answer> answers(long sessionId, String questionId);

    /** Ids of every question shown in the session. */
    Set<String> questionIds(long sessionId);

    /**
     * Ids of the questions the user has been shown since the current round began, within {@code scope}. Reads the
     * user's whole round, so choosing the next question uses {@link #seenInRoundAmong} instead.
     */
    Set<String> seenInRound(UserRef user, Category scope);

    /**
     * Which of {@code questionIds} the user has been shown since the current round of {@code scope} began: the
     * answer of {@link #seenInRound(UserRef, Category)} restricted to these ids. Implementations must answer by
     * point lookups, so the cost grows with the number of ids asked about, not with how much the user has seen.
     */
    Set<String> seenInRoundAmong(UserRef user, Category scope, Collection<String> questionIds);

    /** Begins a new round for the scope (null: all categories): everything counts as unseen again. */
    void startNewRound(UserRef user, Category scope, Instant now);
}
