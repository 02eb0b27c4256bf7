package dev.mockinterview.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.mockinterview.interview.InterviewService;
import dev.mockinterview.interview.ProgressService;
import dev.mockinterview.slack.render.LearningMessages;
import java.util.List;
import dev.mockinterview.interview.QuestionBank;
import dev.mockinterview.interview.UserRef;
import dev.mockinterview.slack.render.HelpMessages;
import dev.mockinterview.slack.render.PrivacyMessages;
import dev.mockinterview.slack.render.InterviewMessages;
import dev.mockinterview.slack.render.SlackMessage;
import java.util.function.Supplier;

/**
 * {@code /mockinterview [text]}: acks at once, then starts or resumes the interview in the DM, or answers
 * {@code stats}, {@code history} and {@code cap} privately through the command's response_url.
 */
public final class InterviewCommand implements SlashCommandHandler {
    private final InterviewService interviews;
    private final ProgressService progress;
    private final Supplier<QuestionBank> bank;
    private final Delivery delivery;
    private final DailySlashCommand daily;
    private final YourData privacy;

    InterviewCommand(InterviewService interviews, ProgressService progress, Supplier<QuestionBank> bank,
                     Delivery delivery, DailySlashCommand daily, YourData privacy) {
        this.privacy = privacy;
        this.interviews = interviews;
        this.progress = progress;
        this.bank = bank;
        this.delivery = delivery;
        this.daily = daily;
    }

    @Override
    public Response apply(SlashCommandRequest req, SlashCommandContext ctx) {
        var payload = req.getPayload();
        // Slack sends the text HTML-escaped (&amp;, &lt;, &gt;): undone here, once.
        CommandText command = CommandText.parse(SlackText.unescape(payload.getText()));
        QuestionBank questions = bank.get();
        UserRef user = new UserRef(payload.getTeamId(), payload.getUserId());
        String responseUrl = payload.getResponseUrl();
        return switch (command.kind()) {
            case HELP -> ack(ctx, HelpMessages.help(questions, null, null));
            case UNKNOWN -> ack(ctx, HelpMessages.help(questions, command.input(), command.suggestion()));
            case START -> {
                if (command.category() != null && questions.in(command.category()).isEmpty()) {
                    yield ack(ctx, HelpMessages.emptyCategory(questions, command.category()));
                }
                delivery.laterInZone(user, responseUrl, out -> {
                    var card = interviews.start(user, command.category());
                    out.dm(InterviewButtons.anchorOf(card), List.of(InterviewMessages.card(card)));
                });
                yield ack(ctx, HelpMessages.starting(command.category()));
            }
            case STATS -> {
                delivery.laterInZone(user, responseUrl, out -> out.ephemeral(LearningMessages.stats(progress.stats(user))));
                yield ctx.ack();
            }
            case HISTORY -> {
                delivery.laterInZone(user, responseUrl, out ->
                        out.ephemeral(LearningMessages.history(progress.history(user), progress.zone(user))));
                yield ctx.ack();
            }
            case ROLES -> {
                delivery.later(user, responseUrl, out ->
                        out.ephemeral(HelpMessages.roles(questions, interviews.settings(user))));
                yield ctx.ack();
            }
            case ROLE -> {
                delivery.later(user, responseUrl, out -> {
                    String[] choice = RoleChoice.parse(command.input(), questions);
                    if (choice == null) {
                        out.ephemeral(HelpMessages.roles(questions, interviews.settings(user)));
                        return;
                    }
                    var settings = interviews.chooseRole(user, choice[0], choice[1]);
                    out.ephemeral(HelpMessages.note(":white_check_mark: You now practise "
                            + RoleChoice.describe(settings.role(), settings.level()) + " questions. Type "
                            + "`/mockinterview` to go on; your next question comes from them."));
                });
                yield ctx.ack();
            }
            case EXPORT -> {
                delivery.direct(user, responseUrl, () -> privacy.export(user));
                yield ack(ctx, PrivacyMessages.exporting());
            }
            case FORGET -> ack(ctx, PrivacyMessages.confirmForget());
            case DAILY -> {
                String channel = payload.getChannelId();
                String channelName = payload.getChannelName();
                // It asks Slack who the user is and joins the channel, so it sends for itself; it is safe to
                // repeat (turning a schedule on twice leaves one schedule).
                delivery.direct(user, responseUrl, () -> daily.handle(user, channel, channelName, command.input(), responseUrl));
                yield ctx.ack();
            }
            case CAP -> {
                delivery.later(user, responseUrl, out -> {
                    if (command.number() == null) {
                        int cap = progress.stats(user).dailyCap();
                        out.ephemeral(HelpMessages.note("Your daily cap is *" + cap + "* questions "
                                + "(reviews and new together). Change it with `/mockinterview cap 10`."));
                    } else {
                        var settings = interviews.setDailyCap(user, command.number());
                        out.ephemeral(HelpMessages.note(":white_check_mark: Your daily cap is now *"
                                + settings.dailyCap() + "* questions a day."));
                    }
                });
                yield ctx.ack();
            }
        };
    }

    private static Response ack(SlashCommandContext ctx, SlackMessage message) {
        return ctx.ack(r -> r.responseType("ephemeral").text(message.text()).blocks(message.blocks()));
    }
}
