package dev.mockinterview.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import dev.mockinterview.interview.InterviewService;
import dev.mockinterview.interview.ProgressService;
import dev.mockinterview.review.Rating;
import dev.mockinterview.slack.render.ButtonValue;
import dev.mockinterview.slack.render.LearningMessages;
import java.util.Optional;

/**
 * Self-rating (Again, Hard, Good, Easy, or by ticked key points) and reopening answers from history. Ticking a
 * checkbox only acks: the ticks are read from the message's state when "Rate by ticked points" is clicked.
 */
public final class ReviewButtons {
    private final InterviewService interviews;
    private final ProgressService progress;
    private final Delivery delivery;

    public ReviewButtons(InterviewService interviews, ProgressService progress, Delivery delivery) {
        this.interviews = interviews;
        this.progress = progress;
        this.delivery = delivery;
    }

    /** Again, Hard, Good or Easy: reschedules the question. */
    void rate(Click click, Rating rating) {
        onTarget(click, t -> delivery.laterInZone(click.actor(), click.responseUrl(), out -> out.dm(
                LearningMessages.rated(interviews.rate(click.actor(), t.sessionId(), t.questionId(), rating)))));
    }

    /** "Rate by ticked points": the ticks are read from the message's state, as Slack sends it with the click. */
    void rateByTickedPoints(Click click) {
        int ticked = tickedPoints(click.payload());
        onTarget(click, t -> delivery.laterInZone(click.actor(), click.responseUrl(), out -> out.dm(
                LearningMessages.rated(interviews.rateByKeyPoints(click.actor(), t.sessionId(), t.questionId(),
                        ticked)))));
    }

    /** Ticking a checkbox: nothing to do until "Rate by ticked points". */
    void tick(Click click) {
    }

    /** Opens an answer from history again, with its feedback. */
    void openFromHistory(Click click) {
        if (!click.value().matches("\\d{1,18}")) {
            delivery.later(click.actor(), click.responseUrl(), out -> out.ephemeral(Replies.brokenButton()));
            return;
        }
        long answerId = Long.parseLong(click.value());
        delivery.later(click.actor(), click.responseUrl(), out -> out.dm(LearningMessages.opened(
                progress.open(click.actor(), answerId), progress.zone(click.actor()))));
    }

    private void onTarget(Click click, java.util.function.Consumer<ButtonValue> work) {
        Optional<ButtonValue> target = click.target();
        if (target.isEmpty()) {
            delivery.later(click.actor(), click.responseUrl(), out -> out.ephemeral(Replies.brokenButton()));
            return;
        }
        work.accept(target.get());
    }

    /** How many key-point checkboxes are ticked in the message's state. */
    static int tickedPoints(BlockActionPayload payload) {
        int ticked = 0;
        if (payload.getState() != null && payload.getState().getValues() != null) {
            for (var block : payload.getState().getValues().entrySet()) {
                if (!block.getKey().startsWith(ActionIds.POINTS_BLOCK_PREFIX)) {
                    continue;
                }
                var value = block.getValue().get(ActionIds.POINTS_INPUT);
                if (value != null && value.getSelectedOptions() != null) {
                    ticked += value.getSelectedOptions().size();
                }
            }
        }
        return ticked;
    }
}
