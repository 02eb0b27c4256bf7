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
@DisplayName("Socket Mode health: 503 once the socket has been down for more than 30 s, 200 again once it is back")
class SocketHealthTest {
    @TempDir
    Path tmp;

    @Test
    @DisplayName("a socket Slack closed and cannot reopen: healthy for 30 s, then 503; reconnected: 200")
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

            // then the bot stays healthy through a short gap, and reports 503 once it has lasted over 30 s
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            HttpResponse<String> down = health(bot);
            while (down.statusCode() == 200 && System.nanoTime() < end) {
                assertEquals(200, health(bot).statusCode(), "within the grace period");
                clock.advance(SocketWatch.GRACE.plusSeconds(1));
                down = health(bot);
            }
            assertEquals(503, down.statusCode(), down.body() + "; connections opened " + bot.socket.connectionsOpened()
                    + " (" + opened + " before the drop), handshakes " + bot.socket.handshakes());
            assertTrue(down.body().contains("Socket Mode disconnected"), down.body());

            // when Slack lets it in again, the bot reconnects by itself and is healthy
            bot.socket.refuseConnections(false);
            bot.socket.answerConnectionsOpen(slack);
            end = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (bot.socket.connectionsOpened() == opened && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            bot.socket.awaitConnected(RunningBot.WAIT);
            long healthyBy = System.nanoTime() + RunningBot.WAIT.toNanos();
            HttpResponse<String> up = health(bot);
            while (up.statusCode() != 200 && System.nanoTime() < healthyBy) {
                Thread.sleep(20);
                up = health(bot);
            }
            assertEquals(200, up.statusCode(), up.body());
            assertEquals(200, bot.command("U0SOCK", "help").statusCode(), "requests reach the bot again");
        }
    }

    private static HttpResponse<String> health(RunningBot bot) {
        return SignedClient.get(bot.healthUrl());
    }
}
