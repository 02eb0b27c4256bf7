package dev.mockinterview.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.mockinterview.interview.InterviewService;
import dev.mockinterview.interview.QuestionBank;
import dev.mockinterview.interview.UserRef;
import dev.mockinterview.slack.render.HelpMessages;
import dev.mockinterview.slack.render.InterviewMessages;
import dev.mockinterview.slack.render.SlackMessage;
import java.util.function.Supplier;

/** {@code /mockinterview [text]}: acks at once (ephemeral), then starts or resumes the interview in the DM. */
public final class InterviewCommand implements SlashCommandHandler {
    private final InterviewService interviews;
    private final Supplier<QuestionBank> bank;
    private final Delivery delivery;

    public InterviewCommand(InterviewService interviews, Supplier<QuestionBank> bank, Delivery delivery) {
        this.interviews = interviews;
        this.bank = bank;
        this.delivery = delivery;
    }

    @Override
    public Response apply(SlashCommandRequest req, SlashCommandContext ctx) {
        var payload = req.getPayload();
        CommandText command = CommandText.parse(payload.getText());
        QuestionBank questions = bank.get();
        return switch (command.kind()) {
            case HELP -> ack(ctx, HelpMessages.help(questions, null, null));
            case UNKNOWN -> ack(ctx, HelpMessages.help(questions, command.input(), command.suggestion()));
            case START -> {
                if (command.category() != null && questions.in(command.category()).isEmpty()) {
                    yield ack(ctx, HelpMessages.emptyCategory(questions, command.category()));
                }
                UserRef user = new UserRef(payload.getTeamId(), payload.getUserId());
                String responseUrl = payload.getResponseUrl();
                delivery.later(user, responseUrl, () -> {
                    var card = interviews.start(user, command.category());
                    delivery.toDm(user, InterviewMessages.card(card));
                });
                yield ack(ctx, HelpMessages.starting(command.category()));
            }
        };
    }

    private static Response ack(SlashCommandContext ctx, SlackMessage message) {
        return ctx.ack(r -> r.responseType("ephemeral").text(message.text()).blocks(message.blocks()));
    }
}
