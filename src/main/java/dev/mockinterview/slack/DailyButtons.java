package dev.mockinterview.slack;

import dev.mockinterview.daily.DailyException;
import dev.mockinterview.daily.DailyService;
import dev.mockinterview.slack.render.DailyMessages;
import dev.mockinterview.slack.render.HelpMessages;
import dev.mockinterview.slack.render.SlackMessage;
import java.util.List;

/** Hint and Model answer on a channel's daily question: answered privately to whoever clicked. */
public final class DailyButtons {
    private final DailyService daily;
    private final Delivery delivery;

    public DailyButtons(DailyService daily, Delivery delivery) {
        this.daily = daily;
        this.delivery = delivery;
    }

    /** Hint or Model answer on a channel's daily question: answered privately, to whoever clicked. */
    void reveal(Click click) {
        String value = click.value();
        boolean hint = ActionIds.DAILY_HINT.equals(click.actionId());
        delivery.later(click.actor(), click.responseUrl(), out -> {
            if (!value.matches("\\d{1,18}")) {
                out.ephemeral(Replies.brokenButton());
                return;
            }
            long postId = Long.parseLong(value);
            try {
                List<SlackMessage> pages = hint
                        ? DailyMessages.hint(daily.question(postId), daily.nextHint(postId, click.actor().userId()))
                        : DailyMessages.modelAnswer(daily.question(postId));
                pages.forEach(out::ephemeral);
            } catch (DailyException e) {
                out.ephemeral(HelpMessages.note(e.getMessage()));
            }
        });
    }
}
