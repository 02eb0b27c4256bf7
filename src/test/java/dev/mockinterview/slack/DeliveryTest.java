package dev.mockinterview.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mockinterview.interview.InterviewException;
import dev.mockinterview.interview.UserRef;
import dev.mockinterview.ports.StorageException;
import dev.mockinterview.testutil.FakeSlack;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Post-ack work that fails is never silent: the user is told, specifically, through the response_url. */
class DeliveryTest {
    private final FakeSlack slack = new FakeSlack();
    private final SlackGateway gateway = new SlackGateway(
            com.slack.api.Slack.getInstance(config()).methods("xoxb-test"), HttpClient.newHttpClient(),
            SlackGateway.responseUrlHosts(slack.apiUrl()), d -> { },
            SlackGateway.counter("delivery-test"));
    private final Executor inline = Runnable::run;
    private final Delivery delivery = new Delivery(new SerialExecutor(inline), inline, gateway,
            new DmChannels(gateway, com.github.benmanes.caffeine.cache.Ticker.systemTicker()), null, null, null,
            JournaledWork.none(), null, Duration.ZERO);
    private static final UserRef USER = new UserRef("T1", "U1");

    private com.slack.api.SlackConfig config() {
        var c = new com.slack.api.SlackConfig();
        c.setMethodsEndpointUrlPrefix(slack.apiUrl());
        return c;
    }

    @AfterEach
    void close() {
        slack.close();
    }

    @Test
    @DisplayName("a message Slack refuses, with no response_url to say so (a modal), is followed by a DM notice "
            + "once Slack recovers")
    void undeliveredWithoutResponseUrl() throws Exception {
        // given a Delivery that retries notices 50 ms later, and Slack refusing the next post
        var scheduler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        try {
            Delivery later = new Delivery(new SerialExecutor(inline), inline, gateway,
                    new DmChannels(gateway, com.github.benmanes.caffeine.cache.Ticker.systemTicker()), null, null,
                    null, JournaledWork.none(), scheduler, Duration.ofMillis(50));

            // when work with no response_url fails to deliver
            later.later(USER, null, out -> {
                throw new DeliveryException("chat.postMessage", "HTTP 500", null);
            });

            // then the user is told in their DM that the message did not get through
            var notice = slack.await("chat.postMessage", c -> c.param("channel") != null
                    && c.param("channel").endsWith("U1") && c.param("text").contains("did not take my last message"), Duration.ofSeconds(5));
            assertEquals(200, notice.status());
        } finally {
            scheduler.shutdownNow();
        }
    }

    @Test
    @DisplayName("a database that is locked or read-only is reported as such, and the next step works again")
    void storageUnavailable() {
        // when the work fails on the database
        delivery.later(USER, slack.responseUrl("db"), out -> {
            throw new StorageException("database error: [SQLITE_READONLY] attempt to write a readonly database");
        });

        // then the user is told what happened, privately
        var reply = slack.await(FakeSlack.RESPONSE_URL, c -> "db".equals(c.name()), Duration.ofSeconds(5));
        assertEquals("ephemeral", reply.bodyJson().path("response_type").asText());
        assertEquals(true, reply.bodyJson().path("text").asText().contains("my database is busy or read-only"));

        // and when the database answers again, the next request goes through normally
        delivery.later(USER, slack.responseUrl("ok"), out -> out.ephemeral(
                dev.mockinterview.slack.render.HelpMessages.note("done")));
        slack.await(FakeSlack.RESPONSE_URL, c -> "ok".equals(c.name()) && c.body().contains("done"),
                Duration.ofSeconds(5));
    }

    @Test
    @DisplayName("a refusal by the rules is explained; an unexpected error is reported without details")
    void refusalsAndFailures() {
        delivery.later(USER, slack.responseUrl("stale"), out -> {
            throw new InterviewException(InterviewException.Reason.STALE_QUESTION, "q");
        });
        slack.await(FakeSlack.RESPONSE_URL, c -> "stale".equals(c.name())
                && c.bodyJson().path("text").asText().contains("That question is behind you"), Duration.ofSeconds(5));
        delivery.later(USER, slack.responseUrl("boom"), out -> {
            throw new IllegalStateException("secret internals");
        });
        var boom = slack.await(FakeSlack.RESPONSE_URL, c -> "boom".equals(c.name()), Duration.ofSeconds(5));
        assertEquals(false, boom.body().contains("secret internals"));
        assertEquals(true, boom.bodyJson().path("text").asText().contains("Something went wrong on my side"));
    }
}
