package dev.mockinterview.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockinterview.interview.Card;
import dev.mockinterview.interview.Hint;
import dev.mockinterview.interview.HintResult;
import dev.mockinterview.interview.ModelAnswer;
import dev.mockinterview.interview.Question;
import dev.mockinterview.interview.QuestionBank;
import dev.mockinterview.interview.QuestionProgress;
import dev.mockinterview.interview.Session;
import dev.mockinterview.interview.UserRef;
import dev.mockinterview.slack.render.DailyMessages;
import dev.mockinterview.slack.render.InterviewMessages;
import dev.mockinterview.slack.render.SlackMessage;
import dev.mockinterview.util.Suggest;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code preview ID}: one question of the bank as plain text, then as the Block Kit JSON of every state it goes
 * through in Slack — the question card, each hint, the no-more-hints reply, the model answer with its rating
 * controls, and the daily channel post. Each state is a heading line {@code == <state> (<n> blocks) ==} followed by
 * a {@code {"blocks": [...]}} object to paste into Slack's Block Kit Builder. A message that Slack's 50-block limit
 * splits is printed page by page ({@code == model answer, page 1 of 2 (50 blocks) ==}).
 *
 * <p>Pure apart from printing: the domain objects are built here (session 1 of user "preview", question 1, a fixed
 * instant), with no database and no clock, so the same bank always prints the same bytes. Line breaks are always
 * {@code \n}.
 */
public final class PreviewCommand {
    /** Where the JSON sections are meant to be pasted. */
    static final String BUILDER_URL = "https://app.slack.com/block-kit-builder";
    /** The instant the synthetic session started and its question was shown; never the clock. */
    static final Instant FIXED_TIME = Instant.parse("2024-01-01T09:00:00Z");
    static final long SESSION_ID = 1;
    static final long DAILY_POST_ID = 1;
    static final UserRef USER = new UserRef(PracticeCommand.LOCAL_TEAM, "preview");
    /** The most ids an unknown-id error suggests. */
    private static final int MAX_SUGGESTIONS = 3;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectWriter PRETTY = JSON.writer(prettyPrinter());

    private final QuestionBank bank;

    public PreviewCommand(QuestionBank bank) {
        this.bank = bank;
    }

    /**
     * Prints the preview of question {@code id} to {@code out}; returns the exit code: 0 when printed, 1 when the
     * bank has no such id (with the closest ids on {@code err}), 2 when no id was given.
     */
    public int run(String id, PrintStream out, PrintStream err) {
        if (id == null || id.isBlank()) {
            err.print("preview needs a question id, e.g.: preview " + exampleId() + "\n");
            return 2;
        }
        String wanted = id.strip();
        Optional<Question> found = bank.byId(wanted);
        if (found.isEmpty()) {
            err.print(unknown(wanted));
            return 1;
        }
        out.print(preview(found.get()));
        out.flush();
        return 0;
    }

    // ------------------------------------------------------------------------------------------------- output

    private String preview(Question q) {
        List<Hint> ladder = Hint.ladder(q);
        int total = ladder.size();
        Card start = card(q, ladder, 0, Card.Notice.STARTED);
        List<HintResult> hints = new ArrayList<>();
        for (int n = 1; n <= total; n++) {
            hints.add(new HintResult(card(q, ladder, n, Card.Notice.UPDATED), ladder.get(n - 1)));
        }
        Card allOut = card(q, ladder, total, Card.Notice.UPDATED);
        HintResult noMore = new HintResult(allOut, null);
        ModelAnswer model = new ModelAnswer(card(q, ladder, total, true), List.of());

        StringBuilder s = new StringBuilder();
        s.append("Preview of question ").append(q.id()).append('\n');
        s.append("Paste each {\"blocks\": [...]} below into Slack's Block Kit Builder: ").append(BUILDER_URL)
                .append("\n\n");

        s.append("== plain text ==\n\n");
        s.append(TerminalText.card(start)).append('\n');
        for (HintResult hint : hints) {
            s.append(TerminalText.hint(hint)).append('\n');
        }
        s.append(TerminalText.hint(noMore)).append('\n');
        s.append(TerminalText.modelAnswer(model)).append('\n');

        section(s, "card", List.of(InterviewMessages.card(start)));
        for (int n = 1; n <= total; n++) {
            section(s, "hint " + n + " of " + total, InterviewMessages.hint(hints.get(n - 1)));
        }
        section(s, "no more hints", InterviewMessages.hint(noMore));
        section(s, "model answer", InterviewMessages.modelAnswer(model));
        section(s, "daily post", List.of(DailyMessages.post(q, DAILY_POST_ID)));
        return s.toString();
    }

    /** One state: a heading and the JSON of each of its pages. */
    private void section(StringBuilder s, String state, List<SlackMessage> pages) {
        for (int i = 0; i < pages.size(); i++) {
            SlackMessage page = pages.get(i);
            int blocks = page.blocks().size();
            s.append("== ").append(state);
            if (pages.size() > 1) {
                s.append(", page ").append(i + 1).append(" of ").append(pages.size());
            }
            s.append(" (").append(blocks).append(blocks == 1 ? " block" : " blocks").append(") ==\n");
            s.append(blocksJson(page)).append("\n\n");
        }
    }

    /**
     * The message's blocks as the Slack SDK sends them (Gson, snake_case), wrapped in {@code {"blocks": ...}} and
     * pretty-printed by Jackson so the indentation and line breaks are the same everywhere.
     */
    private String blocksJson(SlackMessage message) {
        try {
            ObjectNode root = JSON.createObjectNode();
            root.set("blocks", JSON.readTree(dev.mockinterview.slack.render.BlockKitJson.blocks(message)));
            return PRETTY.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise blocks", e);
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    // ---------------------------------------------------------------------------------------- domain objects

    private Card card(Question q, List<Hint> ladder, int revealed, Card.Notice notice) {
        return card(q, ladder, revealed, false, notice);
    }

    private Card card(Question q, List<Hint> ladder, int revealed, boolean modelAnswerShown) {
        return card(q, ladder, revealed, modelAnswerShown, Card.Notice.UPDATED);
    }

    private Card card(Question q, List<Hint> ladder, int revealed, boolean modelAnswerShown, Card.Notice notice) {
        QuestionProgress progress = new QuestionProgress(q.id(), 1, revealed, modelAnswerShown, FIXED_TIME);
        Session session = new Session(SESSION_ID, USER, null, true, FIXED_TIME, null, Optional.of(progress), 1,
                revealed, 0, modelAnswerShown ? 1 : 0);
        return new Card(session, q, progress, ladder.subList(0, revealed), ladder.size(), notice, bank.size(),
                null);
    }

    // ------------------------------------------------------------------------------------------ unknown ids

    private String unknown(String id) {
        List<String> ids = bank.all().stream().map(Question::id).toList();
        Set<String> suggestions = new LinkedHashSet<>();
        Suggest.closest(id, ids).ifPresent(suggestions::add);
        // Ids are long ("backend-senior-13-distributed-rate-limiter"), so a fragment of one also counts as close.
        String fragment = id.toLowerCase(Locale.ROOT);
        ids.stream().filter(known -> known.toLowerCase(Locale.ROOT).contains(fragment))
                .forEach(suggestions::add);
        StringBuilder s = new StringBuilder("Unknown question id \"").append(id).append("\".");
        List<String> shown = suggestions.stream().limit(MAX_SUGGESTIONS).toList();
        if (!shown.isEmpty()) {
            s.append(" Did you mean ").append(String.join(" or ", shown.stream().map(x -> "\"" + x + "\"").toList()))
                    .append('?');
        }
        s.append(" The bank has ").append(bank.size()).append(bank.size() == 1 ? " question" : " questions")
                .append("; run \"validate\" to check it.\n");
        return s.toString();
    }

    private String exampleId() {
        return bank.all().isEmpty() ? "ID" : bank.all().get(0).id();
    }
}
