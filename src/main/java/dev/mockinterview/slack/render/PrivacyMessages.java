package dev.mockinterview.slack.render;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.composition.ConfirmationDialogObject;
import dev.mockinterview.slack.ActionIds;
import java.util.List;
import java.util.Map;

/** Pure rendering of what a user sees about their own data: the export and deleting it. */
public final class PrivacyMessages {
    /** What each table holds, in words, for the "what was deleted" reply. */
    private static final Map<String, String> WHAT = Map.ofEntries(
            Map.entry("sessions", "interviews"),
            Map.entry("session_questions", "questions shown"),
            Map.entry("answers", "answers"),
            Map.entry("ratings", "ratings"),
            Map.entry("reviews", "review schedule entries"),
            Map.entry("rounds", "rounds"),
            Map.entry("user_settings", "settings"),
            Map.entry("posted_messages", "links from messages to questions"),
            Map.entry("daily_hints", "daily-question hints revealed"),
            Map.entry("offered_answers", "messages offered as answers"),
            Map.entry("welcomed", "welcome notes"));

    private PrivacyMessages() {
    }

    /** The slash command's reply to {@code export}. */
    public static SlackMessage exporting() {
        return HelpMessages.note(":package: Your data is on its way to our DM as a JSON file: every interview, answer, "
                + "score, rating, your review schedule and your settings.");
    }

    /** The comment that comes with the exported file. */
    public static String exportComment() {
        return "Here is everything I keep about you, as JSON. `/mockinterview forget me` deletes all of it.";
    }

    /** {@code forget me}: what will go, and a button that asks once more. */
    public static SlackMessage confirmForget() {
        String text = ":warning: *Delete all your data?* Every interview, answer, score, rating, your review "
                + "schedule and your settings will be deleted for good. `/mockinterview export` gives you a copy "
                + "first. Daily questions you set up in channels stay, as they belong to the channel.";
        ConfirmationDialogObject confirm = ConfirmationDialogObject.builder()
                .title(plainText("Delete all your data?"))
                .text(plainText("This cannot be undone."))
                .confirm(plainText("Delete"))
                .deny(plainText("Keep my data"))
                .style("danger")
                .build();
        return new SlackMessage("Delete all your data?", List.of(
                section(s -> s.text(markdownText(text))),
                actions(a -> a.blockId("mi_forget").elements(List.of(button(b -> b.actionId(ActionIds.FORGET_CONFIRM)
                        .text(plainText("Delete all my data", true)).value("forget").style("danger")
                        .confirm(confirm)))))));
    }

    /** What was deleted, table by table, in words. */
    public static SlackMessage forgotten(Map<String, Integer> deleted) {
        StringBuilder s = new StringBuilder(":wastebasket: *Done: your data is deleted.*\n");
        int total = 0;
        for (var e : deleted.entrySet()) {
            total += e.getValue();
            if (e.getValue() > 0) {
                s.append("• ").append(e.getValue()).append(' ').append(WHAT.getOrDefault(e.getKey(), e.getKey()))
                        .append('\n');
            }
        }
        if (total == 0) {
            s.append("There was nothing to delete.\n");
        }
        s.append("Type `/mockinterview` whenever you want to start afresh.");
        return HelpMessages.note(s.toString());
    }
}
