package dev.mockinterview.slack;

import dev.mockinterview.ports.Outbox;
import dev.mockinterview.ports.PostedMessageStore;
import dev.mockinterview.slack.render.SlackMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The messages one piece of post-ack work will send, collected while it runs and sent once its writes have
 * committed ({@link Delivery}). Nothing here talks to Slack.
 */
public final class Outgoing {
    private final String userId;
    private final String responseUrl;
    private final Function<SlackMessage, String> blocksJson;
    private final List<Outbox.Message> messages = new ArrayList<>();

    Outgoing(String userId, String responseUrl, Function<SlackMessage, String> blocksJson) {
        this.userId = userId;
        this.responseUrl = responseUrl;
        this.blocksJson = blocksJson;
    }

    /**
     * Messages about one question for the user's DM; a reply in the thread of any of them is taken as an answer
     * to that question.
     */
    public void dm(PostedMessageStore.Anchor anchor, List<SlackMessage> list) {
        list.forEach(m -> add(Outbox.Kind.DM, userId, null, anchor, m));
    }

    public void dm(List<SlackMessage> list) {
        dm(null, list);
    }

    public void dm(SlackMessage message) {
        dm(null, List.of(message));
    }

    /** Replies in a thread. */
    public void thread(String channel, String threadTs, List<SlackMessage> list) {
        list.forEach(m -> add(Outbox.Kind.THREAD, channel, threadTs, null, m));
    }

    /** An ephemeral reply to the person whose request this is (through its {@code response_url}). */
    public void ephemeral(SlackMessage message) {
        add(Outbox.Kind.EPHEMERAL, responseUrl, null, null, message);
    }

    private void add(Outbox.Kind kind, String target, String threadTs, PostedMessageStore.Anchor anchor,
                     SlackMessage m) {
        messages.add(new Outbox.Message(messages.size() + 1, kind, target, threadTs,
                anchor == null ? null : anchor.sessionId(), anchor == null ? null : anchor.questionId(), m.text(),
                blocksJson.apply(m)));
    }

    List<Outbox.Message> messages() {
        return List.copyOf(messages);
    }
}
