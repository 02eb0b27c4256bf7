package dev.mockinterview.slack;

import dev.mockinterview.interview.InterviewException;
import dev.mockinterview.slack.render.HelpMessages;
import dev.mockinterview.slack.render.SlackMessage;

/** Words for refusals, in Slack's voice. */
final class Replies {
    private Replies() {
    }

    static SlackMessage refusal(InterviewException e) {
        String text = switch (e.reason()) {
            case NOT_OWNER -> ":lock: This interview belongs to someone else, so nothing changed. "
                    + "Type `/mockinterview` to start your own.";
            case NO_SESSION -> "I can't find that interview. Type `/mockinterview` to start a new one.";
            case NOT_FOUND -> "I can't find that answer. `/mockinterview history` lists your recent ones.";
            case SESSION_ENDED -> "That interview has ended. Type `/mockinterview` to start a new one.";
            case STALE_QUESTION -> "That question is behind you. Use the buttons on your latest question, "
                    + "or type `/mockinterview` to bring it back.";
            case QUESTION_GONE -> "That question was removed from the question bank. "
                    + "Click *Next question* to go on.";
            case EMPTY_CATEGORY -> "There are no questions in that category yet. Type `/mockinterview help` "
                    + "to see the categories.";
            case EMPTY_ANSWER -> "Write an answer before saving.";
            case DAILY_CAP_REACHED -> ":checkered_flag: That was your last question for today: you have reached "
                    + "your daily cap. Come back tomorrow, or raise it with `/mockinterview cap 30`.";
            case UNKNOWN_ROLE -> "There are no questions for that role. `/mockinterview roles` lists the roles "
                    + "and levels in the bank.";
            case INVALID_SETTING -> "The daily cap must be a whole number from 1 to "
                    + dev.mockinterview.interview.UserSettings.MAX_DAILY_CAP + ", e.g. `/mockinterview cap 10`.";
        };
        return HelpMessages.note(text);
    }

    static SlackMessage failure() {
        return HelpMessages.note(":warning: Something went wrong on my side, and I could not finish that. "
                + "Nothing you did was lost. Please try again in a moment.");
    }

    /** Sent later to the DM when Slack refused a message and there was no response_url to say so at once. */
    static SlackMessage undelivered() {
        return HelpMessages.note(":warning: Slack did not take my last message to you, even after several tries. "
                + "What you did was saved. Type `/mockinterview` to see where you are.");
    }

    static SlackMessage storageUnavailable() {
        return HelpMessages.note(":warning: I can't save anything right now: my database is busy or read-only. "
                + "That last step was not saved, but everything before it is safe. Please try again in a minute.");
    }

    static SlackMessage brokenButton() {
        return HelpMessages.note("That button is not one I recognise, so nothing changed. "
                + "Type `/mockinterview` to get your current question.");
    }
}
