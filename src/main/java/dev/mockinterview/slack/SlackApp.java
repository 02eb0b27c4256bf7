package dev.mockinterview.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import dev.mockinterview.daily.DailyService;
import dev.mockinterview.interview.InterviewService;
import dev.mockinterview.interview.ProgressService;
import dev.mockinterview.ports.MessagesTabStore;
import dev.mockinterview.ports.UserDataStore;
import dev.mockinterview.ports.PostedMessageStore;
import dev.mockinterview.interview.QuestionBank;
import java.util.function.Supplier;

/**
 * Builds the Bolt {@link App} and registers every Slack surface in one place. To add a button: a constant in
 * {@link ActionIds}, a case in {@link InterviewButtons}, and one line here.
 */
public final class SlackApp {
    private SlackApp() {
    }

    /**
     * @param slack a Slack client whose Web API base is {@code SLACK_API_URL}
     */
    public static App build(Slack slack, String botToken, String signingSecret, InterviewService interviews,
                            ProgressService progress, Supplier<QuestionBank> bank, Delivery delivery,
                            SlackGateway gateway, JournaledWork journaled, PostedMessageStore posted,
                            MessagesTabStore messagesTab, UserDataStore userData, DmChannels dms,
                            java.time.Clock clock,
                            DailyService daily, DailyJob dailyJob) {
        AppConfig config = AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(botToken)
                .signingSecret(signingSecret)
                // The HTTP adapter verifies signatures itself, on the raw bytes as UTF-8 (Bolt uses the
                // platform charset, which breaks non-ASCII bodies on non-UTF-8 locales).
                .requestVerificationEnabled(false)
                // Events we do not handle are acked, so Slack does not retry them.
                .allEventsApiAutoAckEnabled(true)
                // Bolt re-checks the token with auth.test on the ack path when its cache expires; a bot token's
                // identity does not change, and a wait on Slack there would hold up an ack.
                .authTestCacheEnabled(true)
                .authTestCacheExpirationMillis(java.time.Duration.ofDays(3650).toMillis())
                .build();
        App app = new App(config);
        app.use(new Inbox(journaled));

        YourData yourData = new YourData(userData, gateway, dms, delivery, clock);
        yourData.register(app);
        app.command("/mockinterview", new InterviewCommand(interviews, progress, bank, delivery,
                new DailySlashCommand(daily, gateway, delivery, dailyJob, bank), yourData));
        DailyButtons dailyButtons = new DailyButtons(daily, delivery);
        app.blockAction(ActionIds.DAILY_HINT, dailyButtons);
        app.blockAction(ActionIds.DAILY_MODEL_ANSWER, dailyButtons);
        InterviewButtons buttons = new InterviewButtons(interviews, delivery, gateway);
        for (String id : new String[] {ActionIds.HINT, ActionIds.MODEL_ANSWER, ActionIds.ANSWER, ActionIds.NEXT,
                ActionIds.END}) {
            app.blockAction(id, buttons);
        }
        app.viewSubmission(ActionIds.ANSWER_MODAL, new AnswerSubmission(interviews, delivery));

        ReviewButtons reviews = new ReviewButtons(interviews, progress, delivery);
        for (String id : new String[] {ActionIds.RATE_AGAIN, ActionIds.RATE_HARD, ActionIds.RATE_GOOD,
                ActionIds.RATE_EASY, ActionIds.RATE_POINTS, ActionIds.POINTS_INPUT, ActionIds.HISTORY_OPEN}) {
            app.blockAction(id, reviews);
        }
        DirectMessages messages = new DirectMessages(interviews, delivery, posted, messagesTab, clock);
        messages.register(app);
        new AppHome(interviews, progress, delivery, gateway, messages).register(app);
        new WorkspaceEvents(daily, delivery).register(app);
        return app;
    }
}
