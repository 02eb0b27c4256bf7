package dev.mockinterview.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockinterview.app.SocketWatch;
import dev.mockinterview.testutil.FakeSlack;
import dev.mockinterview.testutil.MutableClock;
import dev.mockinterview.testutil.SignedClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In Socket Mode, {@code /healthz} says when no request can reach the bot: the socket is down for over 30 s. */
@DisplayName("Socket Mode health: 503 once the socket has been down for more than 30 s")
class SocketHealthTest {
    @TempDir
    Path tmp;

    @Test
    @DisplayName("a socket Slack closed and will not reopen: healthy for 30 s, then 503 (coming back up is "
            + "SocketWatchTest's: the SDK reconnects on its own schedule)")
    void downForLong() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
        try (FakeSlack slack = new FakeSlack();
             RunningBot bot = new RunningBot(Transport.SOCKET_MODE, slack, tmp.resolve("mi.db"), dev.mockinterview.testutil.FixtureBanks.E2E,
                     clock)) {
            assertEquals(200, health(bot).statusCode());

            // when Slack closes the socket and will not let the bot back in
            slack.stub("apps.connections.open", 200, Map.of(), "{\"ok\":false,\"error\":\"internal_error\"}");
            bot.socket.refuseConnections(true);
            int opened = bot.socket.connectionsOpened();
            bot.socket.dropConnections();

            // then it reports 503 once the socket has been down for over 30 s (the grace period itself is
            // SocketWatchTest's); the bot notices a close from the SDK at once, or from its own ping within 5 s
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            HttpResponse<String> down = health(bot);
            while (down.statusCode() == 200 && System.nanoTime() < end) {
                clock.advance(SocketWatch.GRACE.plusSeconds(1));
                down = health(bot);
            }
            assertEquals(503, down.statusCode(), down.body() + "; connections opened " + bot.socket.connectionsOpened()
                    + " (" + opened + " before the drop), handshakes " + bot.socket.handshakes());
            assertTrue(down.body().contains("Socket Mode disconnected"), down.body());
        }
    }

    private static HttpResponse<String> health(RunningBot bot) {
        return SignedClient.get(bot.healthUrl());
    }
}
