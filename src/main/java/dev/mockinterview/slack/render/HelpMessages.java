package dev.mockinterview.slack.render;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import dev.mockinterview.interview.Category;
import dev.mockinterview.interview.QuestionBank;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Pure rendering of help, command errors and the slash command's acknowledgements. */
public final class HelpMessages {
    private HelpMessages() {
    }

    /** Every subcommand with an example; with {@code unknownInput}, first says what was not understood. */
    public static SlackMessage help(QuestionBank bank, String unknownInput, String suggestion) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (unknownInput != null) {
            String did = suggestion == null ? "" : " Did you mean `/mockinterview " + suggestion + "`?";
            blocks.add(section(s -> s.text(markdownText(":thinking_face: I don't know `"
                    + Mrkdwn.escape(truncate(unknownInput)) + "`." + did))));
        }
        blocks.add(section(s -> s.text(markdownText(
                "*mockinterview* runs a mock job interview in your DM, one question at a time.\n"
                        + "• `/mockinterview`: start your interview, or pick up where you left off\n"
                        + "• `/mockinterview &lt;category&gt;`: practise one category, e.g. `/mockinterview "
                        + exampleCategory(bank).slug() + "`\n"
                        + "• `/mockinterview roles`, `/mockinterview role backend senior`: see and choose the roles "
                        + "and levels you practise\n"
                        + "• `/mockinterview stats`, `/mockinterview history`, `/mockinterview cap 10`: your "
                        + "progress, your answers, your daily cap\n"
                        + "• `/mockinterview daily on 09:00 Europe/Berlin weekdays`: a daily question in this channel "
                        + "(also `daily off`, `daily status`, `daily now`)\n"
                        + "• `/mockinterview export`, `/mockinterview forget me`: a copy of all your data, or "
                        + "deleting all of it\n"
                        + "• `/mockinterview help`: this help"))));
        blocks.add(section(s -> s.text(markdownText("*Categories:* " + categories(bank)))));
        blocks.add(context(c -> c.elements(List.of(markdownText(
                "On each question: *Hint* (each more revealing), *Model answer*, *Answer* (write yours), "
                        + "*Next question* and *End*.")))));
        String text = unknownInput == null ? "mockinterview help"
                : "Unknown command: " + Mrkdwn.escape(truncate(unknownInput));
        return new SlackMessage(text, blocks);
    }

    /** Acknowledges a start while the question is being posted to the DM. */
    public static SlackMessage starting(Category category) {
        String what = category == null ? "your interview" : "a " + category.label() + " interview";
        return new SlackMessage("Starting " + what + " in your DM",
                List.of(section(s -> s.text(markdownText(":speech_balloon: Starting " + what
                        + ": your question is in your DM with me (*Apps* › *mockinterview*).")))));
    }

    /** The chosen category has no questions in the bank. */
    public static SlackMessage emptyCategory(QuestionBank bank, Category category) {
        String text = "There are no " + category.label() + " questions in the bank yet. Try one of: "
                + categories(bank) + ".";
        return new SlackMessage(text, List.of(section(s -> s.text(markdownText(text)))));
    }

    /** An answer that could not be stored, given back in full with the reason, so nothing is lost. */
    public static SlackMessage returnedAnswer(String reasonMrkdwn, String answer) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(reasonMrkdwn
                + "\nYour answer was not attached to the question. Here it is, so nothing is lost:"))));
        for (String chunk : Mrkdwn.quotedChunks(answer, BlockLimits.SECTION_TEXT)) {
            blocks.add(section(s -> s.text(markdownText(chunk))));
        }
        return new SlackMessage("Your answer was not saved; here it is", blocks);
    }

    /** {@code /mockinterview roles}: the roles and levels in the bank, and which one the user practises. */
    public static SlackMessage roles(QuestionBank bank, dev.mockinterview.interview.UserSettings settings) {
        StringBuilder s = new StringBuilder("*Roles and levels in the question bank:*\n");
        for (var r : bank.roles()) {
            boolean chosen = r.role().equals(settings.role()) && (settings.level() == null
                    || r.level().equals(settings.level()));
            s.append("• `").append(r.role()).append(' ').append(r.level()).append("`: ")
                    .append(r.questions()).append(r.questions() == 1 ? " question" : " questions")
                    .append(chosen ? " :white_check_mark: _(yours)_" : "").append('\n');
        }
        s.append(settings.role() == null && settings.level() == null
                ? "You practise every role's questions. " : "")
                .append("Choose with `/mockinterview role backend senior` (or just a role), or "
                        + "`/mockinterview role any` for all of them.");
        return note(s.toString());
    }

    /** A one-section message, for short ephemeral replies. */
    public static SlackMessage note(String mrkdwn) {
        return new SlackMessage(mrkdwn, List.of(section(s -> s.text(markdownText(mrkdwn)))));
    }

    private static String categories(QuestionBank bank) {
        return bank.categories().stream()
                .map(c -> "`" + c.slug() + "` (" + bank.in(c).size() + ")")
                .collect(Collectors.joining(", "));
    }

    private static Category exampleCategory(QuestionBank bank) {
        return bank.categories().isEmpty() ? Category.SYSTEM_DESIGN : bank.categories().get(0);
    }

    private static String truncate(String s) {
        // Echo at most 100 characters of what was typed; it is the user's own text, shown back to them only.
        return Mrkdwn.truncate(s, 100);
    }
}
