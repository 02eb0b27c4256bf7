package dev.mockinterview.cli;

import dev.mockinterview.interview.DimensionScore;
import dev.mockinterview.interview.Feedback;
import dev.mockinterview.interview.Answer;
import dev.mockinterview.interview.RatingSaved;
import dev.mockinterview.interview.Card;
import dev.mockinterview.interview.HintResult;
import dev.mockinterview.interview.ModelAnswer;
import dev.mockinterview.interview.Question;
import dev.mockinterview.interview.Session;
import dev.mockinterview.interview.StarExample;
import dev.mockinterview.interview.Summary;
import java.util.List;

/** Pure plain-text rendering of the interview for the terminal. */
final class TerminalText {
    static final String KEYS = "[h] hint  [m] model answer  [a] answer  [n] next question  [q] quit";

    private TerminalText() {
    }

    static String card(Card card) {
        Question q = card.question();
        StringBuilder s = new StringBuilder();
        String scope = card.session().category() == null ? "all categories" : card.session().category().label();
        switch (card.notice()) {
            case STARTED -> s.append("New interview: ").append(scope).append(", ").append(card.poolSize())
                    .append(" questions.\n\n");
            case RESUMED -> s.append("Picking up where you left off.\n\n");
            case NEW_ROUND -> s.append("You have seen all ").append(card.poolSize()).append(" questions in ")
                    .append(scope).append(". Starting a new round.\n\n");
            case REVIEW -> s.append("Review: this question is due again")
                    .append(card.review() == null ? "" : " (last rated " + card.review().lastReviewed() + ")")
                    .append(".\n\n");
            default -> { }
        }
        s.append("Question ").append(card.progress().position()).append(" · ").append(q.category().label())
                .append(" · ").append(q.level()).append(' ').append(q.role()).append('\n');
        s.append(rule()).append('\n').append(q.prompt()).append('\n').append(rule()).append('\n');
        s.append(card.revealedHints().size()).append('/').append(card.totalHints()).append(" hints shown\n");
        return s.toString();
    }

    static String hint(HintResult result) {
        Card card = result.card();
        if (result.noMoreHints()) {
            return "You have seen all " + card.totalHints() + " hints for this question. "
                    + "Try [m] model answer, or [a] write your answer first.\n";
        }
        var hint = result.revealed();
        StringBuilder s = new StringBuilder();
        s.append("Hint ").append(card.revealedHints().size()).append(" of ").append(card.totalHints())
                .append(": ").append(hint.title()).append('\n');
        if (hint.isList()) {
            bullets(s, hint.items());
        } else {
            s.append(plain(hint.items().get(0))).append('\n');
        }
        if (card.allHintsRevealed()) {
            s.append("That was the last hint.\n");
        }
        return s.toString();
    }

    static String modelAnswer(ModelAnswer model) {
        Question q = model.question();
        StarExample star = q.starExample();
        StringBuilder s = new StringBuilder("MODEL ANSWER\n").append(rule()).append('\n');
        s.append("STAR example\n");
        if (star.hasParts()) {
            s.append("  Situation: ").append(plain(star.situation())).append('\n');
            s.append("  Task:      ").append(plain(star.task())).append('\n');
            s.append("  Action:    ").append(plain(star.action())).append('\n');
            s.append("  Result:    ").append(plain(star.result())).append('\n');
        } else {
            s.append("  ").append(plain(star.summary())).append('\n');
        }
        s.append("\nHow to answer\n");
        bullets(s, q.howToAnswer());
        s.append("\nCommon mistakes to avoid\n");
        bullets(s, q.commonMistakes());
        if (!model.userAnswers().isEmpty()) {
            Answer latest = model.userAnswers().get(model.userAnswers().size() - 1);
            s.append("\nYour answer\n").append(indent(latest.text())).append('\n');
        }
        return s.toString();
    }

    static String feedback(Feedback feedback) {
        StringBuilder s = new StringBuilder("Score: ").append(feedback.score()).append("/100\n");
        for (DimensionScore d : feedback.dimensions()) {
            s.append("  ").append(d.dimension().label()).append(": ").append(d.score()).append("/100\n")
                    .append("    ").append(d.finding()).append('\n')
                    .append("    Next time: ").append(d.suggestion()).append('\n');
        }
        long seconds = feedback.speakingTime().toSeconds();
        s.append("  ").append(feedback.words()).append(feedback.words() == 1 ? " word" : " words").append(", about ")
                .append(seconds < 60 ? Math.max(1, seconds) + " s" : Math.round(seconds / 60.0) + " min")
                .append(" spoken\n");
        return s.toString();
    }

    static String rating(RatingSaved saved) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(saved.today(), saved.schedule().dueOn());
        return "Rated " + saved.rating().name().toLowerCase(java.util.Locale.ROOT) + ". This question comes back on "
                + saved.schedule().dueOn() + " (in " + days + (days == 1 ? " day" : " days") + ").\n";
    }

    static String summary(Summary summary) {
        Session s = summary.session();
        long minutes = summary.duration().toMinutes();
        return "Interview finished.\n"
                + "  Questions:            " + s.questionsAsked() + "\n"
                + "  Hints used:           " + s.hintsUsed() + "\n"
                + "  Answers written:      " + s.answersWritten() + "\n"
                + "  Model answers viewed: " + s.modelAnswersViewed() + "\n"
                + "  Time:                 " + (minutes < 1 ? "under a minute" : minutes + " min") + "\n";
    }

    private static void bullets(StringBuilder s, List<String> items) {
        for (String item : items) {
            s.append("  • ").append(plain(item)).append('\n');
        }
    }

    private static String indent(String text) {
        return "  > " + text.replace("\n", "\n  > ");
    }

    /** Bank text for a terminal: Markdown bold markers dropped. */
    static String plain(String bankText) {
        return bankText.replace("**", "");
    }

    private static String rule() {
        return "-".repeat(60);
    }
}
