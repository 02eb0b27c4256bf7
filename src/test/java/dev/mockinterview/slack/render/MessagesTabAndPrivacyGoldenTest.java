package dev.mockinterview.slack.render;

import static dev.mockinterview.slack.render.RenderFixtures.card;
import static dev.mockinterview.slack.render.RenderFixtures.question;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockinterview.testutil.BlockKitLimits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/*
 * Golden JSON of the Messages tab's and the privacy commands' messages. Regenerate after an intended change with
 *     mvn -q -B -o test -Dtest='MessagesTabAndPrivacyGoldenTest' -Dgolden.update=true
 * and read the diff: it is what a Slack user sees.
 */
@DisplayName("MessagesTabMessages / PrivacyMessages golden JSON")
class MessagesTabAndPrivacyGoldenTest {

    private static JsonNode checked(SlackMessage message) {
        JsonNode blocks = RenderJson.blocks(message.blocks());
        assertEquals(List.of(), BlockKitLimits.check(blocks), "Block Kit limits");
        assertTrue(!message.text().isBlank(), "a notification text");
        return blocks;
    }

    @Test
    @DisplayName("the Messages tab's welcome")
    void welcome() {
        Golden.assertMatches("messages-welcome", checked(MessagesTabMessages.welcome()));
    }

    @Test
    @DisplayName("a message offered as the answer to the open question, quoted escaped, with its button")
    void offer() {
        var offer = MessagesTabMessages.offerAnswer(card(question(), 1), 77,
                "Ping <!channel> & <@U123>: I would add a queue.");
        Golden.assertMatches("messages-offer", checked(offer));
    }

    @Test
    @DisplayName("how to start, when no question is open")
    void howToStart() {
        Golden.assertMatches("messages-how-to-start", checked(MessagesTabMessages.howToStart()));
    }

    @Test
    @DisplayName("forget me: the confirmation, and what was deleted (tables with nothing left out)")
    void forget() {
        Golden.assertMatches("privacy-confirm-forget", checked(PrivacyMessages.confirmForget()));
        Map<String, Integer> deleted = new LinkedHashMap<>();
        deleted.put("answers", 3);
        deleted.put("sessions", 1);
        deleted.put("welcomed", 0);
        Golden.assertMatches("privacy-forgotten", checked(PrivacyMessages.forgotten(deleted)));
        assertTrue(PrivacyMessages.forgotten(Map.of("answers", 0)).text().contains("nothing to delete"));
    }
}
