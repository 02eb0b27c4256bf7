package dev.mockinterview.cli;

import dev.mockinterview.interview.Card;
import dev.mockinterview.interview.Category;
import dev.mockinterview.interview.InterviewException;
import dev.mockinterview.interview.InterviewService;
import dev.mockinterview.interview.UserRef;
import dev.mockinterview.review.Rating;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;

/**
 * {@code practice}: the same interview as in Slack, in a terminal, on the same engine and database. Keys: h hint,
 * m model answer, a answer, n next, q quit.
 */
public final class PracticeCommand {
    /** The team id under which terminal users' interviews are stored. */
    public static final String LOCAL_TEAM = "local";

    private final InterviewService interviews;
    private final BufferedReader in;
    private final PrintStream out;

    public PracticeCommand(InterviewService interviews, BufferedReader in, PrintStream out) {
        this.interviews = interviews;
        this.in = in;
        this.out = out;
    }

    /** Runs until the user quits or input ends; returns the process exit code. */
    public int run(String userName, Category category) throws IOException {
        UserRef user = new UserRef(LOCAL_TEAM, userName);
        Card card = interviews.start(user, category);
        out.println(TerminalText.card(card));
        while (true) {
            out.print(TerminalText.KEYS + "\n> ");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                out.println("\nInput ended; your interview is saved. Run practice again to continue.");
                return 0;
            }
            String key = line.strip().toLowerCase(Locale.ROOT);
            long id = card.session().id();
            String question = card.question().id();
            try {
                switch (key) {
                    case "h" -> out.println(TerminalText.hint(interviews.hint(user, id, question)));
                    case "m" -> {
                        out.println(TerminalText.modelAnswer(interviews.modelAnswer(user, id, question)));
                        askRating(user, id, question);
                    }
                    case "a" -> {
                        String answer = readAnswer();
                        if (answer.isBlank()) {
                            out.println("Nothing written, nothing saved.\n");
                        } else {
                            var saved = interviews.answer(user, id, question, answer);
                            out.println("Answer saved.\n" + TerminalText.feedback(saved.feedback())
                                    + "Press m to compare it with the model answer.\n");
                        }
                    }
                    case "n" -> {
                        card = interviews.next(user, id, question);
                        out.println(TerminalText.card(card));
                    }
                    case "q" -> {
                        out.println(TerminalText.summary(interviews.end(user, id)));
                        return 0;
                    }
                    case "" -> { }
                    default -> out.println("Unknown key \"" + line.strip() + "\". Use one of: h, m, a, n, q.\n");
                }
            } catch (InterviewException e) {
                out.println(refusal(e) + "\n");
            }
        }
    }

    private void askRating(UserRef user, long sessionId, String questionId) throws IOException {
        out.print("How did you do? [1] Again  [2] Hard  [3] Good  [4] Easy  (Enter to skip)\n> ");
        out.flush();
        String line = in.readLine();
        Rating rating = switch (line == null ? "" : line.strip()) {
            case "1" -> Rating.AGAIN;
            case "2" -> Rating.HARD;
            case "3" -> Rating.GOOD;
            case "4" -> Rating.EASY;
            default -> null;
        };
        if (rating == null) {
            out.println("Not rated" + (line == null || line.isBlank() ? "" : " (type 1 to 4 to rate)") + ".\n");
            return;
        }
        out.println(TerminalText.rating(interviews.rate(user, sessionId, questionId, rating)));
    }

    private static String refusal(InterviewException e) {
        return switch (e.reason()) {
            case DAILY_CAP_REACHED -> "That was your last question for today (your daily cap). "
                    + "Come back tomorrow, or raise the cap in Slack with /mockinterview cap N.";
            case EMPTY_ANSWER -> "Nothing written, nothing saved.";
            default -> "Cannot do that: " + e.getMessage();
        };
    }

    private String readAnswer() throws IOException {
        out.println("Type your answer. Finish with a line containing only a dot (.)");
        StringBuilder answer = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null && !line.strip().equals(".")) {
            answer.append(line).append('\n');
        }
        return answer.toString().strip();
    }
}
