package dev.mockinterview.interview;

/** The outcome of asking for a hint: the hint revealed, or {@code null} when every hint was already out. */
public record HintResult(Card card, Hint revealed) {
    public boolean noMoreHints() {
        return revealed == null;
    }
}
