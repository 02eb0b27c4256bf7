package dev.mockinterview.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mockinterview.testutil.FakeSlack;
import dev.mockinterview.testutil.SignedClient;
import dev.mockinterview.testutil.SlackRequests;
import dev.mockinterview.testutil.SlackSigner;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is about the HTTP transport itself, so HTTP only: request signatures, replays, the body size limit, and the
 * health endpoint. (Socket Mode has no request URL; see {@link SocketModeEndToEndTest}.)
 */
class HttpTransportEndToEndTest {
    private static final String ALICE = "U0ALICE";
    private static final Path BANK = dev.mockinterview.testutil.FixtureBanks.E2E;
    private static final Duration QUIET = Duration.ofMillis(700);

    @TempDir
    Path tmp;
    private FakeSlack slack;
    private RunningBot bot;

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlack();
        bot = new RunningBot(Transport.HTTP, slack, tmp.resolve("mi.db"), BANK);
    }

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        slack.close();
    }

    @Test
    @DisplayName("bad, missing and stale signatures get 401 and have no effect")
    void badSignatures() {
        // given a well-formed slash command body
        String body = SlackRequests.slashCommand(FakeSlack.TEAM_ID, ALICE, "C1",
                "/mockinterview", "", slack.responseUrl("x"), "trigger.bad");
        long now = Instant.now().getEpochSecond();

        // when it is sent with a wrong secret, no signature, and a six-minute-old signature
        var wrong = SignedClient.post(bot.eventsUrl(), SignedClient.FORM, body, "not-the-secret");
        var missing = SignedClient.postUnsigned(bot.eventsUrl(), SignedClient.FORM, body);
        var stale = SignedClient.post(bot.eventsUrl(), SignedClient.FORM, body, RunningBot.SECRET, now - 360);
        var tampered = SignedClient.postWithSignature(bot.eventsUrl(), SignedClient.FORM, body + "&text=x",
                String.valueOf(now), SlackSigner.signature(RunningBot.SECRET, now, body));

        // then every one is refused and Slack is never called about them
        assertEquals(401, wrong.statusCode());
        assertEquals(401, missing.statusCode());
        assertEquals(401, stale.statusCode());
        assertEquals(401, tampered.statusCode());
        slack.assertNoCall("conversations.open", c -> true, QUIET);
        slack.assertNoCall("chat.postMessage", c -> true, Duration.ZERO);

        // and the bot is still serving: the same command, correctly signed, starts the interview
        assertEquals(200, SignedClient.post(bot.eventsUrl(), SignedClient.FORM, body, RunningBot.SECRET).statusCode());
        assertEquals("D" + ALICE, bot.awaitPost("Question 1").param("channel"));
    }

    @Test
    @DisplayName("a replay of the same signed request is refused; an oversized body is refused unread")
    void replayAndSize() throws Exception {
        // given a signed slash command, accepted once
        String body = SlackRequests.slashCommand(FakeSlack.TEAM_ID, ALICE, "C1",
                "/mockinterview", "help", slack.responseUrl("replay"), "trigger.replay");
        long now = Instant.now().getEpochSecond();
        String signature = SlackSigner.signature(RunningBot.SECRET, now, body);
        assertEquals(200, SignedClient.postWithSignature(bot.eventsUrl(), SignedClient.FORM, body,
                String.valueOf(now), signature).statusCode());

        // when the very same request (same timestamp, signature and body) is sent again
        var replay = SignedClient.postWithSignature(bot.eventsUrl(), SignedClient.FORM, body, String.valueOf(now),
                signature);

        // then it is refused
        assertEquals(401, replay.statusCode());

        // and a body announced as over 1 MB is refused (413) before any of it is sent or read
        assertEquals("HTTP/1.1 413 Request Entity Too Large", rawStatusLine(
                "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + SignedClient.FORM
                        + "\r\nContent-Length: 1100000\r\n\r\n"));
    }

    /** Sends raw request headers (and no body) and returns the response's status line. */
    private String rawStatusLine(String head) throws java.io.IOException {
        try (var socket = new java.net.Socket("127.0.0.1", bot.server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
        }
    }

    @Test
    @DisplayName("GET /healthz reports the bank size")
    void health() {
        var response = SignedClient.get("http://127.0.0.1:" + bot.server.port() + "/healthz");
        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"ok\",\"questions\":15}", response.body());
    }
}
