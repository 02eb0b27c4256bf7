package dev.mockinterview.interview;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The interview rules: start or resume, progressive hints, model answer, answers, next question, end. Every
 * front end (Slack, terminal) drives interviews only through this class. Each operation is one atomic unit in the
 * store, so concurrent clicks and several bot instances see consistent state.
 */
public final class InterviewService {
    private final Supplier<QuestionBank> bank;
    private final SessionStore store;
    private final Clock clock;
    private final RandomGenerator random;

    /** @param bank supplies the current bank; read on every operation so a reloaded bank takes effect at once */
    public InterviewService(Supplier<QuestionBank> bank, SessionStore store, Clock clock, RandomGenerator random) {
        this.bank = bank;
        this.store = store;
        this.clock = clock;
        this.random = random;
    }

    /**
     * Starts an interview, or resumes the user's active one. With a category, an active interview switches to it
     * (and moves on to a question of that category unless the current one already is).
     */
    public Card start(UserRef user, Category category) {
        return store.inTransaction(() -> {
            QuestionBank questions = bank.get();
            if (category != null && questions.in(category).isEmpty()) {
                throw new InterviewException(InterviewException.Reason.EMPTY_CATEGORY, category.slug());
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
                return advance(user, session.id(), category != null ? category : session.category(), now, false);
            }
            long id = store.createSession(user, category, now);
            return advance(user, id, category, now, true);
        });
    }

    /** Reveals the next hint of the current question, least revealing first. */
    public HintResult hint(UserRef actor, long sessionId, String questionId) {
        return store.inTransaction(() -> {
            Session session = owned(actor, sessionId);
            QuestionProgress progress = current(session, questionId);
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
        return store.inTransaction(() -> {
            Session session = owned(actor, sessionId);
            QuestionProgress progress = current(session, questionId);
            question(progress);
            if (!progress.modelAnswerRevealed()) {
                store.saveProgress(sessionId, progress.hintsRevealed(), true, clock.instant());
            }
            return new ModelAnswer(card(sessionId, Card.Notice.UPDATED), store.answers(sessionId, questionId));
        });
    }

    /** Stores the user's answer to the current question, verbatim. */
    public AnswerSaved answer(UserRef actor, long sessionId, String questionId, String text) {
        if (text == null || text.isBlank()) {
            throw new InterviewException(InterviewException.Reason.EMPTY_ANSWER, "answer is empty");
        }
        return store.inTransaction(() -> {
            Session session = owned(actor, sessionId);
            QuestionProgress progress = current(session, questionId);
            question(progress);
            Answer answer = store.saveAnswer(sessionId, questionId, actor, text, clock.instant());
            return new AnswerSaved(card(sessionId, Card.Notice.UPDATED), answer);
        });
    }

    /** Moves on to a question the user has not seen in this round, starting a new round when all are seen. */
    public Card next(UserRef actor, long sessionId, String questionId) {
        return store.inTransaction(() -> {
            Session session = owned(actor, sessionId);
            current(session, questionId);
            return advance(actor, sessionId, session.category(), clock.instant(), false);
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

    /** The current card of an active session, as it stands. */
    public Card show(UserRef actor, long sessionId) {
        return store.inTransaction(() -> {
            owned(actor, sessionId);
            return card(sessionId, Card.Notice.UPDATED);
        });
    }

    private Card advance(UserRef user, long sessionId, Category category, Instant now, boolean fresh) {
        QuestionBank questions = bank.get();
        List<Question> pool = questions.in(category);
        if (pool.isEmpty()) {
            throw new InterviewException(InterviewException.Reason.EMPTY_CATEGORY,
                    category == null ? "the bank is empty" : category.slug());
        }
        Set<String> seen = store.seenInRound(user, category);
        List<Question> unseen = pool.stream().filter(q -> !seen.contains(q.id())).toList();
        Card.Notice notice = fresh ? Card.Notice.STARTED : Card.Notice.NEXT;
        if (unseen.isEmpty()) {
            store.startNewRound(user, category, now);
            String previous = store.session(sessionId).flatMap(Session::current)
                    .map(QuestionProgress::questionId).orElse(null);
            // Avoid showing the question just answered as the first of the new round.
            unseen = pool.size() > 1 ? pool.stream().filter(q -> !q.id().equals(previous)).toList() : pool;
            notice = Card.Notice.NEW_ROUND;
        }
        Question chosen = unseen.get(random.nextInt(unseen.size()));
        store.showQuestion(sessionId, chosen.id(), now);
        return card(sessionId, notice);
    }

    private Card card(long sessionId, Card.Notice notice) {
        Session session = store.session(sessionId).orElseThrow();
        QuestionProgress progress = session.current().orElseThrow();
        Question question = question(progress);
        List<Hint> ladder = Hint.ladder(question);
        int shown = Math.min(progress.hintsRevealed(), ladder.size());
        return new Card(session, question, progress, ladder.subList(0, shown), ladder.size(), notice,
                bank.get().in(session.category()).size());
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

    private static QuestionProgress current(Session session, String questionId) {
        QuestionProgress progress = session.current().orElseThrow(() ->
                new InterviewException(InterviewException.Reason.STALE_QUESTION, "no current question"));
        if (!progress.questionId().equals(questionId)) {
            throw new InterviewException(InterviewException.Reason.STALE_QUESTION, questionId);
        }
        return progress;
    }

    private Question question(QuestionProgress progress) {
        return bank.get().byId(progress.questionId()).orElseThrow(() ->
                new InterviewException(InterviewException.Reason.QUESTION_GONE, progress.questionId()));
    }
}
