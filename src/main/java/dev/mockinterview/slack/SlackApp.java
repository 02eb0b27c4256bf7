package dev.mockinterview.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import dev.mockinterview.review.Rating;
import dev.mockinterview.daily.DailyService;
import dev.mockinterview.interview.InterviewService;
import dev.mockinterview.interview.ProgressService;
import dev.mockinterview.ports.MessagesTabStore;
import dev.mockinterview.ports.UserDataStore;
import dev.mockinterview.ports.PostedMessageStore;
import dev.mockinterview.interview.QuestionBank;
import java.util.function.Supplier;

/**
 * The Bolt {@link App}, with every Slack surface registered in one place: {@link #register}. A click is parsed once
 * ({@link Click}) and handed to one method per action. To add a button: a constant in {@link ActionIds}, the
 * button in a renderer under {@code render/}, a method taking a {@link Click} on the class that owns it, and one
 * line in {@link #register}.
 */
public final class SlackApp {
    private final InterviewCommand command;
    private final InterviewButtons buttons;
    private final AnswerSubmission answers;
    private final ReviewButtons reviews;
    private final DailyButtons dailyButtons;
    private final DirectMessages messages;
    private final AppHome home;
    private final YourData yourData;
    private final WorkspaceEvents workspace;
    private final JournaledWork journaled;

    public SlackApp(InterviewService interviews, ProgressService progress, Supplier<QuestionBank> bank,
                    Delivery delivery, SlackGateway gateway, JournaledWork journaled, PostedMessageStore posted,
                    MessagesTabStore messagesTab, UserDataStore userData, DmChannels dms, java.time.Clock clock,
                    DailyService daily, DailyJob dailyJob) {
        this.journaled = journaled;
        this.yourData = new YourData(userData, gateway, dms, delivery, clock);
        this.command = new InterviewCommand(interviews, progress, bank, delivery,
                new DailySlashCommand(daily, gateway, delivery, dailyJob, bank), yourData);
        this.buttons = new InterviewButtons(interviews, delivery, gateway);
        this.answers = new AnswerSubmission(interviews, delivery);
        this.reviews = new ReviewButtons(interviews, progress, delivery);
        this.dailyButtons = new DailyButtons(daily, delivery);
        this.messages = new DirectMessages(interviews, delivery, posted, messagesTab, clock);
        this.home = new AppHome(interviews, progress, delivery, gateway, messages);
        this.workspace = new WorkspaceEvents(daily, delivery);
    }

    /**
     * The Bolt app, with everything registered.
     *
     * @param slack a Slack client whose Web API base is {@code SLACK_API_URL}
     */
    public App build(Slack slack, String botToken, String signingSecret) {
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
        register(app);
        return app;
    }

    /** Every command, action, submission and event the bot answers. */
    void register(App app) {
        app.use(new Inbox(journaled));

        app.command("/mockinterview", command);

        Click.on(app, ActionIds.HINT, buttons::hint);
        Click.on(app, ActionIds.MODEL_ANSWER, buttons::modelAnswer);
        Click.on(app, ActionIds.ANSWER, buttons::answer);
        Click.on(app, ActionIds.NEXT, buttons::next);
        Click.on(app, ActionIds.END, buttons::end);
        app.viewSubmission(ActionIds.ANSWER_MODAL, answers);

        Click.on(app, ActionIds.RATE_AGAIN, c -> reviews.rate(c, Rating.AGAIN));
        Click.on(app, ActionIds.RATE_HARD, c -> reviews.rate(c, Rating.HARD));
        Click.on(app, ActionIds.RATE_GOOD, c -> reviews.rate(c, Rating.GOOD));
        Click.on(app, ActionIds.RATE_EASY, c -> reviews.rate(c, Rating.EASY));
        Click.on(app, ActionIds.RATE_POINTS, reviews::rateByTickedPoints);
        Click.on(app, ActionIds.POINTS_INPUT, reviews::tick);
        Click.on(app, ActionIds.HISTORY_OPEN, reviews::openFromHistory);

        Click.on(app, ActionIds.DAILY_HINT, dailyButtons::reveal);
        Click.on(app, ActionIds.DAILY_MODEL_ANSWER, dailyButtons::reveal);

        app.event(AppHomeOpenedEvent.class, home::opened);
        Click.on(app, ActionIds.HOME_START, home::start);
        Click.on(app, ActionIds.HOME_CATEGORY, home::startInCategory);

        app.event(MessageEvent.class, messages::message);
        app.event(MessageThreadBroadcastEvent.class, messages::threadBroadcast);
        app.event(MessageFileShareEvent.class, messages::fileShare);
        Click.on(app, ActionIds.SAVE_OFFERED, messages::saveOffered);

        Click.on(app, ActionIds.FORGET_CONFIRM, yourData::forgetConfirmed);

        app.event(AppUninstalledEvent.class, workspace::uninstalled);
        app.event(TokensRevokedEvent.class, workspace::tokensRevoked);
    }
}
