package dev.mockinterview.slack.render;

import dev.mockinterview.interview.Answer;
import dev.mockinterview.interview.Card;
import dev.mockinterview.interview.Category;
import dev.mockinterview.interview.Hint;
import dev.mockinterview.interview.HintResult;
import dev.mockinterview.interview.Question;
import dev.mockinterview.interview.QuestionProgress;
import dev.mockinterview.interview.Session;
import dev.mockinterview.interview.StarExample;
import dev.mockinterview.interview.UserRef;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Hand-built domain objects for renderer tests: no store, no service, no clock. */
final class RenderFixtures {
    static final UserRef USER = new UserRef("T0001", "U0001");
    static final Instant STARTED_AT = Instant.parse("2024-05-06T09:00:00Z");
    static final long SESSION_ID = 42;

    private RenderFixtures() {
    }

    /**
     * A small question whose text pins escaping and bold conversion: {@code <30ms} must become {@code &lt;30ms},
     * {@code &} must become {@code &amp;} and {@code **Bold:**} must become Slack's {@code *Bold:*}.
     */
    static Question question() {
        return new Question(
                "latency-budget-01",
                "How would you keep p99 latency <30ms for a read & write heavy API?",
                Category.SYSTEM_DESIGN,
                "backend",
                "senior",
                List.of("latency", "caching"),
                "**Clarify:** agree the SLO (p99 <30ms) & the read/write mix. **Budget:** split the 30ms across "
                        + "every hop, then measure.",
                StarExample.ofParts(
                        "Our checkout API had a p99 of 80ms & it was rising.",
                        "Bring p99 <30ms without new hardware.",
                        "Added a **read-through cache** and removed an N+1 query.",
                        "p99 fell to 22ms; the error rate did not change."),
                List.of("**Situation:** our checkout API served 5k req/s & p99 had drifted to 80ms.",
                        "I profiled the hot path, cached reads <1KB and batched the writes."),
                List.of("A latency budget per hop", "Cache hit ratio & invalidation"),
                List.of("p99 / tail latency", "Read-through cache"),
                List.of("Measures before & after optimising"),
                List.of("Optimising the average instead of p99", "Caching without an invalidation plan"));
    }

    /** The same question with a one-paragraph STAR summary instead of the four parts. */
    static Question questionWithStarSummary() {
        Question q = question();
        return new Question(q.id(), q.prompt(), q.category(), q.role(), q.level(), q.tags(), q.answerFramework(),
                StarExample.ofSummary("At a payments company I cut checkout p99 from 80ms to **22ms** by caching "
                        + "reads <1KB & batching writes."),
                q.howToAnswer(), q.keyPoints(), q.keyTerminology(), q.interviewersLookFor(), q.commonMistakes());
    }

    static Session session(Category category, Question q, int position, int hintsRevealed, boolean modelShown) {
        QuestionProgress progress = new QuestionProgress(q.id(), position, hintsRevealed, modelShown,
                STARTED_AT.plusSeconds(60L * position));
        return new Session(SESSION_ID, USER, category, true, STARTED_AT, null, Optional.of(progress),
                position, hintsRevealed, 0, 0);
    }

    /** A card for {@code q} as the service would build it, with the first {@code hintsRevealed} hints out. */
    static Card card(Question q, Category sessionCategory, int position, int hintsRevealed, Card.Notice notice,
            int poolSize) {
        Session s = session(sessionCategory, q, position, hintsRevealed, false);
        List<Hint> ladder = Hint.ladder(q);
        return new Card(s, q, s.current().orElseThrow(), ladder.subList(0, hintsRevealed), ladder.size(), notice,
                poolSize, null);
    }

    static Card card(Question q, int hintsRevealed) {
        return card(q, q.category(), 2, hintsRevealed, Card.Notice.UPDATED, 5);
    }

    /** The result of revealing hint {@code n} (1-based). */
    static HintResult hint(Question q, int n) {
        return new HintResult(card(q, n), Hint.ladder(q).get(n - 1));
    }

    static HintResult noMoreHints(Question q) {
        return new HintResult(card(q, Hint.ladder(q).size()), null);
    }

    static Answer answer(long id, Question q, String text) {
        return new Answer(id, SESSION_ID, q.id(), USER, text, STARTED_AT.plusSeconds(600 + id), null);
    }

    /** An answer saved with the feedback the real scorer gives it. */
    static dev.mockinterview.interview.AnswerSaved saved(Card card, Answer answer) {
        return new dev.mockinterview.interview.AnswerSaved(card, answer,
                new dev.mockinterview.feedback.AnswerScorer().score(card.question(), answer.text()));
    }
}
