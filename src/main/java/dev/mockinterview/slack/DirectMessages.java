package dev.mockinterview.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import dev.mockinterview.interview.InterviewException;
import dev.mockinterview.interview.InterviewService;
import dev.mockinterview.interview.UserRef;
import dev.mockinterview.slack.render.HelpMessages;
import dev.mockinterview.slack.render.InterviewMessages;
import dev.mockinterview.slack.render.MessagesTabMessages;
import dev.mockinterview.ports.MessagesTabStore;
import dev.mockinterview.ports.PostedMessageStore;
import java.time.Clock;
import java.util.List;

/**
 * The bot's Messages tab ({@code message.im}). A reply in the thread of a question's message is the answer to that
 * question, and its feedback is posted in the same thread; a reply that also goes to the channel
 * ({@code thread_broadcast}) or carries a file ({@code file_share}) counts too. A message outside any thread is
 * offered as the answer to the open question, one click away, or gets a word on how to start. The first visit to
 * the tab gets a welcome. Other bots' messages are left alone, so two bots never answer each other.
 */
public final class DirectMessages {
    private final InterviewService interviews;
    private final Delivery delivery;
    private final PostedMessageStore posted;
    private final MessagesTabStore store;
    private final Clock clock;

    public DirectMessages(InterviewService interviews, Delivery delivery, PostedMessageStore posted,
                          MessagesTabStore store, Clock clock) {
        this.interviews = interviews;
        this.delivery = delivery;
        this.posted = posted;
        this.store = store;
        this.clock = clock;
    }

    /** What every kind of message event carries that matters here. */
    private record Written(String team, String user, String botId, String channel, String channelType, String ts,
                           String threadTs, String text) {
    }

    /** {@code message.im} without a subtype: a message written to the bot. */
    Response message(EventsApiPayload<MessageEvent> req, EventContext ctx) {
        MessageEvent e = req.getEvent();
        String team = req.getTeamId() != null ? req.getTeamId() : e.getTeam();
        if (e.getSubtype() == null) {
            received(new Written(team, e.getUser(), e.getBotId(), e.getChannel(), e.getChannelType(), e.getTs(),
                    e.getThreadTs(), e.getText()));
        }
        return ctx.ack();
    }

    /** A thread reply also sent to the conversation. */
    Response threadBroadcast(EventsApiPayload<MessageThreadBroadcastEvent> req, EventContext ctx) {
        MessageThreadBroadcastEvent e = req.getEvent();
        received(new Written(req.getTeamId(), e.getUser(), null, e.getChannel(), e.getChannelType(), e.getTs(),
                e.getThreadTs(), e.getText()));
        return ctx.ack();
    }

    /** A message with a file: its text counts like any other. */
    Response fileShare(EventsApiPayload<MessageFileShareEvent> req, EventContext ctx) {
        MessageFileShareEvent e = req.getEvent();
        received(new Written(req.getTeamId(), e.getUser(), null, e.getChannel(), e.getChannelType(), e.getTs(),
                e.getThreadTs(), e.getText()));
        return ctx.ack();
    }

    /** "Save as my answer" under a message offered as an answer. */
    void saveOffered(Click click) {
        delivery.later(click.actor(), click.responseUrl(), out -> saveOffered(out, click.actor(), click.value()));
    }

    /** The first time the user opens the Messages tab: a welcome, once. */
    void opened(UserRef user) {
        delivery.later(user, null, out -> {
            if (store.welcomeOnce(user, clock.instant())) {
                out.dm(MessagesTabMessages.welcome());
            }
        });
    }

    private void received(Written m) {
        if (!"im".equals(m.channelType()) || m.botId() != null || m.user() == null || m.text() == null
                || m.text().isBlank()) {
            return;
        }
        UserRef user = new UserRef(m.team(), m.user());
        String text = SlackText.plain(m.text());
        boolean inThread = m.threadTs() != null && !m.threadTs().equals(m.ts());
        if (inThread) {
            delivery.later(user, null, out -> answer(out, user, m.channel(), m.threadTs(), text));
        } else {
            delivery.later(user, null, out -> offer(out, user, text));
        }
    }

    private void answer(Outgoing out, UserRef user, String channel, String threadTs, String text) {
        var anchor = posted.find(channel, threadTs);
        if (anchor.isEmpty()) {
            // In the thread of one of the bot's other messages (the welcome, an offer): as if written outside.
            offer(out, user, text);
            return;
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

    private void offer(Outgoing out, UserRef user, String text) {
        var open = interviews.current(user);
        if (open.isEmpty()) {
            out.dm(MessagesTabMessages.howToStart());
            return;
        }
        var card = open.get();
        long id = store.offer(user, card.session().id(), card.question().id(), text, clock.instant());
        out.dm(MessagesTabMessages.offerAnswer(card, id, text));
    }

    private void saveOffered(Outgoing out, UserRef actor, String value) {
        var offered = value != null && value.matches("\\d{1,18}")
                ? store.offered(Long.parseLong(value)).filter(o -> o.user().equals(actor))
                : java.util.Optional.<MessagesTabStore.Offered>empty();
        if (offered.isEmpty()) {
            out.ephemeral(MessagesTabMessages.alreadySaved());
            return;
        }
        var o = offered.get();
        store.taken(o.id());
        try {
            var saved = interviews.answer(actor, o.sessionId(), o.questionId(), o.text());
            out.dm(InterviewButtons.anchorOf(saved.card()), InterviewMessages.answerSaved(saved));
        } catch (InterviewException e) {
            out.dm(HelpMessages.returnedAnswer(Replies.refusal(e).text(), o.text()));
        }
    }
}
