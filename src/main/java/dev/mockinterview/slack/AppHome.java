package dev.mockinterview.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import dev.mockinterview.interview.Category;
import dev.mockinterview.interview.InterviewService;
import dev.mockinterview.interview.ProgressService;
import dev.mockinterview.interview.UserRef;
import dev.mockinterview.slack.render.HomeView;
import dev.mockinterview.slack.render.InterviewMessages;
import java.util.List;

/**
 * The App Home tab: published on {@code app_home_opened} with the user's progress, and its start button and
 * category menu, which start the interview in the DM like {@code /mockinterview} does.
 */
public final class AppHome {
    private final InterviewService interviews;
    private final ProgressService progress;
    private final Delivery delivery;
    private final SlackGateway slack;

    private final DirectMessages messages;

    public AppHome(InterviewService interviews, ProgressService progress, Delivery delivery, SlackGateway slack,
                   DirectMessages messages) {
        this.messages = messages;
        this.interviews = interviews;
        this.progress = progress;
        this.delivery = delivery;
        this.slack = slack;
    }

    /** {@code app_home_opened}: the Home tab gets a fresh view; the Messages tab a welcome, the first time. */
    Response opened(EventsApiPayload<AppHomeOpenedEvent> req, EventContext ctx) {
        AppHomeOpenedEvent event = req.getEvent();
        String team = req.getTeamId() != null ? req.getTeamId() : ctx.getTeamId();
        UserRef user = new UserRef(team, event.getUser());
        if ("messages".equals(event.getTab())) {
            messages.opened(user);
        } else if (event.getTab() == null || "home".equals(event.getTab())) {
            delivery.direct(user, null, () -> publish(user));
        }
        return ctx.ack();
    }

    /** The Home tab's Start button. */
    void start(Click click) {
        startFromHome(click.actor(), null);
    }

    /** The Home tab's category menu: the chosen option's value is the category. */
    void startInCategory(Click click) {
        startFromHome(click.actor(), click.value().isEmpty() ? null : HomeView.category(click.value()));
    }

    /** Publishes the Home tab as the user's progress stands now. */
    public void publish(UserRef user) {
        delivery.learnZone(user);
        slack.publishHome(user.userId(), HomeView.render(progress.stats(user)));
    }

    /** Starts (or resumes) the interview in the DM, then shows Home as it now stands. */
    private void startFromHome(UserRef user, Category category) {
        // Home actions have no response_url: a refusal goes to the DM (Delivery does that for effects).
        delivery.laterInZone(user, null, out -> {
            var card = interviews.start(user, category);
            out.dm(InterviewButtons.anchorOf(card), List.of(InterviewMessages.card(card)));
        });
        delivery.direct(user, null, () -> publish(user));
    }
}
