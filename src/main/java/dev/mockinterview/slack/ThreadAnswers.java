package dev.mockinterview.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.MessageEvent;
import dev.mockinterview.interview.InterviewException;
import dev.mockinterview.interview.InterviewService;
import dev.mockinterview.interview.UserRef;
import dev.mockinterview.slack.render.HelpMessages;
import dev.mockinterview.slack.render.InterviewMessages;
import dev.mockinterview.storage.PostedMessageStore;
import java.util.List;

/**
 * Answers written as replies in the thread of a question's message in the DM ({@code message.im}). The feedback
 * is posted in the same thread. Replies to anything else are left alone.
 */
public final class ThreadAnswers {
    private final InterviewService interviews;
    private final Delivery delivery;
    private final PostedMessageStore posted;

    public ThreadAnswers(InterviewService interviews, Delivery delivery, PostedMessageStore posted) {
        this.interviews = interviews;
        this.delivery = delivery;
        this.posted = posted;
    }

    public void register(App app) {
        app.event(MessageEvent.class, (req, ctx) -> {
            MessageEvent event = req.getEvent();
            boolean threadReply = event.getThreadTs() != null && !event.getThreadTs().equals(event.getTs());
            if (!"im".equals(event.getChannelType()) || !threadReply || event.getBotId() != null
                    || event.getSubtype() != null || event.getUser() == null || event.getText() == null) {
                return ctx.ack();
            }
            String team = req.getTeamId() != null ? req.getTeamId() : event.getTeam();
            UserRef user = new UserRef(team, event.getUser());
            String channel = event.getChannel();
            String threadTs = event.getThreadTs();
            // Slack escapes &, < and > in message text; store what the user typed.
            String text = event.getText().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
            delivery.later(user, null, out -> answer(out, user, channel, threadTs, text));
            return ctx.ack();
        });
    }

    private void answer(Outgoing out, UserRef user, String channel, String threadTs, String text) {
        var anchor = posted.find(channel, threadTs);
        if (anchor.isEmpty()) {
            return; // a reply to some other message: not an answer
        }
        try {
            var saved = interviews.answer(user, anchor.get().sessionId(), anchor.get().questionId(), text);
            out.thread(channel, threadTs, InterviewMessages.answerSaved(saved));
        } catch (InterviewException e) {
            if (e.reason() == InterviewException.Reason.NOT_OWNER) {
                return;
            }
            out.thread(channel, threadTs, List.of(HelpMessages.returnedAnswer(Replies.refusal(e).text(), text)));
        }
    }
}
