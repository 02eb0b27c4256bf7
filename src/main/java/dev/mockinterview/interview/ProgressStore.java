package dev.mockinterview.interview;

import dev.mockinterview.review.DueItem;
import dev.mockinterview.review.Rating;
import dev.mockinterview.review.ReviewState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The persistence port for learning progress: the spaced-repetition schedule, self-ratings, settings and the
 * figures behind stats and history. Shares its transactions with {@link SessionStore} when both are on one database.
 */
public interface ProgressStore {

    Optional<ReviewState> review(UserRef user, String questionId);

    /** The state before the latest review of the question, if it had been reviewed before that. */
    Optional<ReviewState> reviewBefore(UserRef user, String questionId);

    /** Saves the question's new state and the state it replaced ({@code previous}, null for a first review). */
    void saveReview(UserRef user, String questionId, ReviewState state, ReviewState previous);

    /** The user's latest answer to the question, in any session. */
    Optional<Answer> latestAnswer(UserRef user, String questionId);

    /** Ids of the questions shown to the user at or after {@code since}. */
    java.util.Set<String> questionIdsShownSince(UserRef user, Instant since);

    /** Every scheduled question of the user with its due date. Reads the whole schedule: not for the hot path. */
    List<DueItem> schedule(UserRef user);

    /**
     * Which of {@code questionIds} are in the user's review schedule, due or not. Implementations must answer by
     * point lookups, so the cost grows with the number of ids asked about, not with the size of the schedule.
     */
    java.util.Set<String> scheduledAmong(UserRef user, Collection<String> questionIds);

    /**
     * A page of the user's reviews due on or before {@code onOrBefore} whose question has not been shown to the user
     * at or after {@code notShownSince}, most overdue first: earliest due date, equal dates by question id (the order
     * of {@code ReviewQueue}). Starts after {@code after} in that order (null: from the first) and returns at most
     * {@code limit} items, so a caller can page without reading the whole schedule.
     */
    List<DueItem> dueReviews(UserRef user, LocalDate onOrBefore, Instant notShownSince, DueItem after, int limit);

    void saveRating(long sessionId, UserRef user, String questionId, Rating rating, OptionalInt feedbackScore,
                    Instant at, LocalDate dueOn);

    UserSettings settings(UserRef user);

    void saveDailyCap(UserRef user, int dailyCap);

    void saveZone(UserRef user, ZoneId zone);

    /** The role and level (each null for any) whose questions the user practises. */
    void saveRole(UserRef user, String role, String level);

    /** Questions shown to the user at or after {@code since}. */
    int questionsShownSince(UserRef user, Instant since);

    /** When the user practised: every question shown, answer written and rating given. */
    List<Instant> activity(UserRef user);

    /** Per-question activity of the user. */
    List<QuestionActivity> questionActivity(UserRef user);

    /** The user's latest answers, newest first. */
    List<Answer> recentAnswers(UserRef user, int limit);

    Optional<Answer> answer(long answerId);

    /** Answers saved before scoring existed, oldest first, for the start-up backfill. */
    List<Answer> unscoredAnswers(int limit);

    void saveScore(long answerId, int score);
}
