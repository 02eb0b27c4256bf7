package dev.mockinterview.interview;

import dev.mockinterview.interview.Feedback;
import dev.mockinterview.review.DueItem;
import dev.mockinterview.review.Rating;
import dev.mockinterview.review.ReviewQueue;
import dev.mockinterview.review.ReviewState;
import dev.mockinterview.review.Sm2Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The interview rules: start or resume, progressive hints, model answer, answers with feedback, self-ratings that
 * schedule reviews, next question (due reviews first, then unseen questions, within a daily cap), end. Every front
 * end (Slack, terminal) drives interviews only through this class. Each operation is one atomic unit in the store,
 * so concurrent clicks and several bot instances see consistent state.
 */
public final class InterviewService {
    private final Supplier<QuestionBank> bank;
    private final SessionStore store;
    private final ProgressStore progress;
    private final AnswerScoring scorer;
    private final Sm2Scheduler scheduler;
    private final Clock clock;
    private final QuestionPicker picker;

    /** @param bank supplies the current bank; read on every operation so a reloaded bank takes effect at once */
    public InterviewService(Supplier<QuestionBank> bank, SessionStore store, ProgressStore progress,
                            AnswerScoring scorer, Sm2Scheduler scheduler, Clock clock, RandomGenerator random) {
        this.bank = bank;
        this.store = store;
        this.progress = progress;
        this.scorer = scorer;
        this.scheduler = scheduler;
        this.clock = clock;
        this.picker = new QuestionPicker(store, progress, random);
    }

    /**
     * Starts an interview, or resumes the user's active one. With a category, an active interview switches to it
     * (and moves on to a question of that category unless the current one already is).
     */
    public Card start(UserRef user, Category category) {
        return store.inTransaction(() -> {
            QuestionBank questions = bank.get();
            UserSettings settings = progress.settings(user);
            if (questions.in(settings.role(), settings.level(), category).isEmpty()) {
                throw new InterviewException(InterviewException.Reason.EMPTY_CATEGORY,
                        category == null ? "no questions for the chosen role" : category.slug());
            }
            Instant now = clock.instant();
            var active = store.activeSession(user);
            if (active.isPresent()) {
                Session session = active.get();
                boolean switchCategory = category != null && category != session.category();
                if (switchCategory) {
                    store.setCategory(session.id(), category);
                }
                var current = session.current().flatMap(p -> questions.byId(p.questionId()));
                boolean fits = current.isPresent() && (category == null || current.get().category() == category);
                if (fits) {
                    return card(session.id(), Card.Notice.RESUMED);
                }
                return advance(user, session.id(), category != null ? category : session.category(), now, false,
                        session.current().map(QuestionProgress::questionId).orElse(null));
            }
            long id = store.createSession(user, category, now);
            return advance(user, id, category, now, true, null);
        });
    }

    /** Reveals the next hint of the current question, least revealing first. */
    public HintResult hint(UserRef actor, long sessionId, String questionId) {
        return hint(actor, sessionId, questionId, null);
    }

    /**
     * @param position the question's place in the session that the click was made on (null: wherever it is now), so
     *                 that a late click on an earlier showing of the same question, in an earlier round, is stale
     */
    public HintResult hint(UserRef actor, long sessionId, String questionId, Integer position) {
        return store.inTransaction(() -> {
            Session session = owned(actor, sessionId);
            QuestionProgress progress = current(session, questionId, position);
            Question question = question(progress);
            List<Hint> ladder = Hint.ladder(question);
            if (progress.hintsRevealed() >= ladder.size()) {
                return new HintResult(card(sessionId, Card.Notice.UPDATED), null);
            }
            int revealed = progress.hintsRevealed() + 1;
            store.saveProgress(sessionId, revealed, progress.modelAnswerRevealed(), clock.instant());
            return new HintResult(card(sessionId, Card.Notice.UPDATED), ladder.get(revealed - 1));
        });
    }

    /** Reveals the model answer of the current question, with the user's own answers beside it. */
    public ModelAnswer modelAnswer(UserRef actor, long sessionId, String questionId) {
        return modelAnswer(actor, sessionId, questionId, null);
    }

    /** @param position as for {@link #hint(UserRef, long, String, Integer)} */
    public ModelAnswer modelAnswer(UserRef actor, long sessionId, String questionId, Integer position) {
        return store.inTransaction(() -> {
            Session session = owned(actor, sessionId);
            QuestionProgress progress = current(session, questionId, position);
            question(progress);
            if (!progress.modelAnswerRevealed()) {
                store.saveProgress(sessionId, progress.hintsRevealed(), true, clock.instant());
            }
            return new ModelAnswer(card(sessionId, Card.Notice.UPDATED), store.answers(sessionId, questionId));
        });
    }

    /** Stores the user's answer to the current question, verbatim. */
    public AnswerSaved answer(UserRef actor, long sessionId, String questionId, String text) {
        return answer(actor, sessionId, questionId, null, text);
    }

    /** @param position as for {@link #hint(UserRef, long, String, Integer)} */
    public AnswerSaved answer(UserRef actor, long sessionId, String questionId, Integer position, String text) {
        if (text == null || text.isBlank()) {
            throw new InterviewException(InterviewException.Reason.EMPTY_ANSWER, "answer is empty");
        }
        return store.inTransaction(() -> {
            Session session = owned(actor, sessionId);
            QuestionProgress progress = current(session, questionId, position);
            Question question = question(progress);
            Feedback feedback = scorer.score(question, text);
            // The latest answer's text again is the same answer delivered twice (a replay after a crash, a double
            // submit): it is saved once. Going back to an earlier answer's text is a new answer.
            List<Answer> earlier = store.answers(sessionId, questionId);
            Optional<Answer> same = earlier.isEmpty() ? Optional.empty()
                    : Optional.of(earlier.get(earlier.size() - 1)).filter(a -> a.text().equals(text));
            Answer answer = same.orElseGet(() ->
                    store.saveAnswer(sessionId, questionId, actor, text, feedback.score(), clock.instant()));
            return new AnswerSaved(card(sessionId, Card.Notice.UPDATED), answer, feedback);
        });
    }

    /**
     * Records how well the user thinks they did on a question of this session, and reschedules it. The score of
     * their latest answer to it, if any, is combined with the rating (see {@link Sm2Scheduler}).
     */
    public RatingSaved rate(UserRef actor, long sessionId, String questionId, Rating rating) {
        return rate(actor, sessionId, questionId, rating, null);
    }

    private RatingSaved rate(UserRef actor, long sessionId, String questionId, Rating rating, Integer ticked) {
        return store.inTransaction(() -> {
            ownedAnyState(actor, sessionId);
            if (!store.questionIds(sessionId).contains(questionId)) {
                throw new InterviewException(InterviewException.Reason.STALE_QUESTION, questionId);
            }
            Question question = bank.get().byId(questionId).orElseThrow(() ->
                    new InterviewException(InterviewException.Reason.QUESTION_GONE, questionId));
            Integer latest = progress.latestAnswer(actor, questionId).map(Answer::score).orElse(null);
            OptionalInt score = latest == null ? OptionalInt.empty() : OptionalInt.of(latest);
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, progress.settings(actor).zone());
            ReviewState before = progress.review(actor, questionId).orElse(null);
            if (before != null && before.lastReviewed().equals(today)) {
                // A second rating on the same day replaces the first rather than counting as another review.
                before = progress.reviewBefore(actor, questionId).orElse(null);
            }
            ReviewState next = scheduler.schedule(before, rating, score, today);
            progress.saveReview(actor, questionId, next, before);
            progress.saveRating(sessionId, actor, questionId, rating, score, now, next.dueOn());
            Rating countedAs = java.util.Arrays.stream(Rating.values())
                    .filter(r -> r.quality() == scheduler.quality(rating, score)).findFirst().orElse(rating);
            return new RatingSaved(question, rating, countedAs, next, score, ticked, today);
        });
    }

    /** Rates by how many of the question's key points the user ticked as covered by their answer. */
    public RatingSaved rateByKeyPoints(UserRef actor, long sessionId, String questionId, int ticked) {
        Question question = bank.get().byId(questionId).orElseThrow(() ->
                new InterviewException(InterviewException.Reason.QUESTION_GONE, questionId));
        int total = question.keyPoints().size();
        int clamped = Math.max(0, Math.min(ticked, total));
        return rate(actor, sessionId, questionId, ratingFromKeyPoints(clamped, total), clamped);
    }

    /**
     * The rating implied by ticking the key points an answer covered: at least 90% ticked is Easy, 60% Good,
     * 30% Hard, less is Again.
     */
    public static Rating ratingFromKeyPoints(int ticked, int total) {
        if (total <= 0) {
            return Rating.GOOD;
        }
        double share = (double) Math.max(0, Math.min(ticked, total)) / total;
        return share >= 0.9 ? Rating.EASY : share >= 0.6 ? Rating.GOOD : share >= 0.3 ? Rating.HARD : Rating.AGAIN;
    }

    /** Sets how many questions (reviews and new) the user is asked per day. */
    public UserSettings setDailyCap(UserRef user, int cap) {
        if (cap < 1 || cap > UserSettings.MAX_DAILY_CAP) {
            throw new InterviewException(InterviewException.Reason.INVALID_SETTING,
                    "daily cap must be 1 to " + UserSettings.MAX_DAILY_CAP);
        }
        return store.inTransaction(() -> {
            progress.saveDailyCap(user, cap);
            return progress.settings(user);
        });
    }

    /** Records the user's time zone, which decides where their days (cap, streak, due dates) begin. */
    public void setZone(UserRef user, java.time.ZoneId zone) {
        store.inTransaction(() -> {
            progress.saveZone(user, zone);
            return null;
        });
    }

    /** Moves on to a question the user has not seen in this round, starting a new round when all are seen. */
    public Card next(UserRef actor, long sessionId, String questionId) {
        return next(actor, sessionId, questionId, null);
    }

    /** @param position as for {@link #hint(UserRef, long, String, Integer)} */
    public Card next(UserRef actor, long sessionId, String questionId, Integer position) {
        return store.inTransaction(() -> {
            Session session = owned(actor, sessionId);
            current(session, questionId, position);
            return advance(actor, sessionId, session.category(), clock.instant(), false, questionId);
        });
    }

    /** Ends the interview and summarises it. Ending twice returns the same summary. */
    public Summary end(UserRef actor, long sessionId) {
        return store.inTransaction(() -> {
            Session session = ownedAnyState(actor, sessionId);
            boolean alreadyEnded = !session.active();
            if (!alreadyEnded) {
                store.endSession(sessionId, clock.instant());
                session = store.session(sessionId).orElseThrow();
            }
            return new Summary(session, Duration.between(session.startedAt(), session.endedAt()), alreadyEnded);
        });
    }

    /** The user's open question, if an interview is under way: nothing is changed. */
    public Optional<Card> current(UserRef user) {
        return store.inTransaction(() -> store.activeSession(user)
                .filter(s -> s.current().isPresent())
                .filter(s -> bank.get().byId(s.current().get().questionId()).isPresent())
                .map(s -> card(s.id(), Card.Notice.UPDATED)));
    }

    /** The current card of an active session, as it stands. */
    public Card show(UserRef actor, long sessionId) {
        return store.inTransaction(() -> {
            owned(actor, sessionId);
            return card(sessionId, Card.Notice.UPDATED);
        });
    }

    /**
     * Picks the next question: reviews due today come first (most overdue first), then questions not seen in this
     * round, in random order, while fewer than the daily cap have been asked today. When neither is left, a new
     * round begins. Only the head of each list is looked up (see {@link QuestionPicker}), so a click costs a few
     * index lookups whatever the size of the user's history.
     *
     * @param previous the session's current question, which is never asked twice in a row; null if none
     */
    private Card advance(UserRef user, long sessionId, Category category, Instant now, boolean fresh,
                         String previous) {
        QuestionBank questions = bank.get();
        UserSettings settings = progress.settings(user);
        List<Question> pool = questions.in(settings.role(), settings.level(), category);
        if (pool.isEmpty()) {
            throw new InterviewException(InterviewException.Reason.EMPTY_CATEGORY,
                    category == null ? "the bank is empty" : category.slug());
        }
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
        Instant startOfDay = today.atStartOfDay(settings.zone()).toInstant();
        int doneToday = progress.questionsShownSince(user, startOfDay);

        List<DueItem> due = List.of();
        List<String> unseen = List.of();
        if (doneToday < settings.dailyCap()) {
            // A due review already shown today and passed over waits for tomorrow instead of coming straight back.
            due = picker.mostOverdue(user, questions, settings.role(), settings.level(), category, today, startOfDay,
                    previous).map(List::of).orElse(List.of());
            if (due.isEmpty()) {
                unseen = picker.fresh(user, pool, category, true, previous).map(List::of).orElse(List.of());
            }
        }
        // The queue's rule (reviews first, then new, within the cap) applied to the head of each list.
        List<String> order = ReviewQueue.order(due, unseen, today, settings.dailyCap(), doneToday);
        String chosen;
        Card.Notice notice;
        if (!order.isEmpty()) {
            chosen = order.get(0);
            notice = !due.isEmpty() ? Card.Notice.REVIEW : fresh ? Card.Notice.STARTED : Card.Notice.NEXT;
        } else if (doneToday >= settings.dailyCap()) {
            throw new InterviewException(InterviewException.Reason.DAILY_CAP_REACHED,
                    String.valueOf(settings.dailyCap()));
        } else {
            // Everything in the pool is seen or scheduled for later: a new round, preferring unscheduled questions.
            store.startNewRound(user, category, now);
            chosen = picker.fresh(user, pool, category, false, previous)
                    .or(() -> picker.anyBut(pool, previous))
                    .orElse(pool.get(0).id());
            notice = Card.Notice.NEW_ROUND;
        }
        store.showQuestion(sessionId, chosen, now);
        return card(sessionId, notice, pool.size());
    }

    private Card card(long sessionId, Card.Notice notice) {
        return card(sessionId, notice, -1);
    }

    /** @param poolSize the size of the session's pool when the caller has it at hand; -1 to look it up */
    private Card card(long sessionId, Card.Notice notice, int poolSize) {
        Session session = store.session(sessionId).orElseThrow();
        QuestionProgress progress = session.current().orElseThrow();
        Question question = question(progress);
        List<Hint> ladder = Hint.ladder(question);
        int shown = Math.min(progress.hintsRevealed(), ladder.size());
        return new Card(session, question, progress, ladder.subList(0, shown), ladder.size(), notice,
                poolSize >= 0 ? poolSize : pool(session).size(),
                this.progress.review(session.user(), question.id()).orElse(null));
    }

    private List<Question> pool(Session session) {
        UserSettings settings = progress.settings(session.user());
        return bank.get().in(settings.role(), settings.level(), session.category());
    }

    /**
     * Chooses the role and level (null: any) whose questions the user practises, from those in the bank.
     * Returns the settings as saved.
     */
    public UserSettings chooseRole(UserRef user, String role, String level) {
        boolean known = bank.get().roles().stream().anyMatch(r -> (role == null || r.role().equals(role))
                && (level == null || r.level().equals(level)));
        if (!known) {
            throw new InterviewException(InterviewException.Reason.UNKNOWN_ROLE,
                    "no questions for role " + role + (level == null ? "" : " " + level));
        }
        return store.inTransaction(() -> {
            progress.saveRole(user, role, level);
            return progress.settings(user);
        });
    }

    /** The user's settings (role, cap, time zone). */
    public UserSettings settings(UserRef user) {
        return store.inTransaction(() -> progress.settings(user));
    }

    private Session owned(UserRef actor, long sessionId) {
        Session session = ownedAnyState(actor, sessionId);
        if (!session.active()) {
            throw new InterviewException(InterviewException.Reason.SESSION_ENDED, "session " + sessionId);
        }
        return session;
    }

    private Session ownedAnyState(UserRef actor, long sessionId) {
        Session session = store.session(sessionId).orElseThrow(() ->
                new InterviewException(InterviewException.Reason.NO_SESSION, "session " + sessionId));
        if (!session.user().equals(actor)) {
            throw new InterviewException(InterviewException.Reason.NOT_OWNER, "session " + sessionId);
        }
        return session;
    }

    private static QuestionProgress current(Session session, String questionId, Integer position) {
        QuestionProgress progress = session.current().orElseThrow(() ->
                new InterviewException(InterviewException.Reason.STALE_QUESTION, "no current question"));
        if (!progress.questionId().equals(questionId) || position != null && position != progress.position()) {
            throw new InterviewException(InterviewException.Reason.STALE_QUESTION, questionId);
        }
        return progress;
    }

    private Question question(QuestionProgress progress) {
        return bank.get().byId(progress.questionId()).orElseThrow(() ->
                new InterviewException(InterviewException.Reason.QUESTION_GONE, progress.questionId()));
    }
}
