package dev.mockinterview.interview;

import dev.mockinterview.review.ReviewState;
import java.util.List;

/**
 * What to show for the session's current question: the question, the hints revealed so far and what just happened.
 * Renderers (Slack, terminal) turn a card into their own form.
 *
 * @param notice   what led to this card, for a one-line note above the question
 * @param poolSize how many questions the session's category holds (the round's size)
 * @param review   the question's place in the user's review schedule, or null if it was never rated
 */
public record Card(
        Session session,
        Question question,
        QuestionProgress progress,
        List<Hint> revealedHints,
        int totalHints,
        Notice notice,
        int poolSize,
        ReviewState review) {

    /** What led to a card being shown. */
    public enum Notice {
        /** A new interview began. */
        STARTED,
        /** An interview already under way was picked up again. */
        RESUMED,
        /** The next question of the same round. */
        NEXT,
        /** Every question of the pool had been seen, so a new round began with this one. */
        NEW_ROUND,
        /** A question due for review in the spaced-repetition schedule. */
        REVIEW,
        /** The card was redrawn after a hint, model answer or answer; nothing new to announce. */
        UPDATED
    }

    public Card {
        revealedHints = List.copyOf(revealedHints);
    }

    public boolean allHintsRevealed() {
        return revealedHints.size() >= totalHints;
    }
}
