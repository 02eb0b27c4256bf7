package dev.mockinterview.slack;

import com.slack.api.bolt.App;
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

    public void register(App app) {
        app.event(AppHomeOpenedEvent.class, (req, ctx) -> {
            AppHomeOpenedEvent event = req.getEvent();
            String team = req.getTeamId() != null ? req.getTeamId() : ctx.getTeamId();
            UserRef user = new UserRef(team, event.getUser());
            // The Messages tab fires this event too: it gets a welcome the first time, not a view.
            if ("messages".equals(event.getTab())) {
                messages.opened(user);
                return ctx.ack();
            }
            if (event.getTab() != null && !"home".equals(event.getTab())) {
                return ctx.ack();
            }
            delivery.direct(user, null, () -> publish(user));
            return ctx.ack();
        });
        app.blockAction(ActionIds.HOME_START, (req, ctx) -> {
            UserRef user = new UserRef(InterviewButtons.teamId(req.getPayload()), req.getPayload().getUser().getId());
            startFromHome(user, null);
            return ctx.ack();
        });
        app.blockAction(ActionIds.HOME_CATEGORY, (req, ctx) -> {
            UserRef user = new UserRef(InterviewButtons.teamId(req.getPayload()), req.getPayload().getUser().getId());
            var action = req.getPayload().getActions().get(0);
            Category category = action.getSelectedOption() == null ? null
                    : HomeView.category(action.getSelectedOption().getValue());
            startFromHome(user, category);
            return ctx.ack();
        });
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
