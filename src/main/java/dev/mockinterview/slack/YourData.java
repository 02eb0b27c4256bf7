package dev.mockinterview.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockinterview.interview.UserRef;
import dev.mockinterview.slack.render.PrivacyMessages;
import dev.mockinterview.ports.UserDataStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * A user's own data: {@code /mockinterview export} sends all of it to their DM as a JSON file, and
 * {@code /mockinterview forget me} deletes all of it once they confirm.
 */
final class YourData {
    private final UserDataStore store;
    private final SlackGateway slack;
    private final DmChannels dms;
    private final Delivery delivery;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    YourData(UserDataStore store, SlackGateway slack, DmChannels dms, Delivery delivery, Clock clock) {
        this.store = store;
        this.slack = slack;
        this.dms = dms;
        this.delivery = delivery;
        this.clock = clock;
    }

    /** "Delete all my data", confirmed: the clicker's own data, whoever's message the button was on. */
    void forgetConfirmed(Click click) {
        delivery.later(click.actor(), click.responseUrl(), out ->
                out.ephemeral(PrivacyMessages.forgotten(store.forget(click.actor()))));
    }

    /** Sends the user everything kept about them, as a JSON file in their DM. Safe to repeat. */
    void export(UserRef user) {
        ObjectNode doc = json.createObjectNode();
        doc.put("format", "mockinterview-export/1");
        doc.put("exported_at", clock.instant().toString());
        doc.put("team_id", user.teamId());
        doc.put("user_id", user.userId());
        doc.set("tables", json.valueToTree(store.export(user)));
        byte[] bytes;
        try {
            bytes = json.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the export", e);
        }
        slack.uploadFile(dms.of(user.userId()), "mockinterview-data-" + user.userId() + ".json", bytes,
                "Your mockinterview data", PrivacyMessages.exportComment());
    }
}
