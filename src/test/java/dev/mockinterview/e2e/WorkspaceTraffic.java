package dev.mockinterview.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.mockinterview.slack.ActionIds;
import dev.mockinterview.testutil.FakeSlack;
import dev.mockinterview.testutil.FakeSocketMode;
import dev.mockinterview.testutil.SignedClient;
import dev.mockinterview.testutil.SlackRequests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a real workspace sends besides the plain cases {@link RunningBot} covers, shaped as Slack sends it (modelled on
 * the samples of Slack's SDK test suites and the shapes on Slack's event reference pages): slash commands from group
 * DMs or with a response_url of the test's choosing, message subtypes ({@code thread_broadcast}, {@code file_share},
 * {@code bot_message}), messages from bots, {@code app_uninstalled} and {@code tokens_revoked}, the Home tab's
 * category menu, and the model answer's key-point checkboxes ticked. Also a stranger's HTTP server on another
 * loopback address, and a look into the bot's SQLite file.
 */
final class WorkspaceTraffic {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger TRIGGERS = new AtomicInteger();

    private WorkspaceTraffic() {
    }

    // ------------------------------------------------------------------------------------------ slash commands

    /**
     * {@code /mockinterview <text>} with the channel name and response_url given: over HTTP a signed form with the
     * fields in Slack's order, over Socket Mode the same fields as the envelope's JSON payload.
     *
     * @param channelName {@code directmessage} in a DM, {@code mpdm-…} in a group DM, the channel's name otherwise
     */
    static BotResponse command(RunningBot bot, String user, String channelId, String channelName, String text,
                               String responseUrl) {
        ObjectNode payload = SlackRequests.slashCommandPayload(FakeSlack.TEAM_ID, user, channelId, "/mockinterview",
                text, responseUrl, "trigger.ws" + TRIGGERS.incrementAndGet() + "." + UUID.randomUUID());
        payload.put("channel_name", channelName);
        if (bot.socket != null) {
            FakeSocketMode.Ack ack = bot.socket.awaitAck(bot.socket.sendSlashCommand(payload), RunningBot.WAIT);
            return new BotResponse(200, ack.hasPayload() ? ack.payload().toString() : "");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        payload.properties().forEach(e -> fields.put(e.getKey(), e.getValue().asText()));
        return BotResponse.of(SignedClient.post(bot.eventsUrl(), SignedClient.FORM, SlackRequests.formEncode(fields),
                RunningBot.SECRET, bot.clock.instant().getEpochSecond(), Map.of()));
    }

    // --------------------------------------------------------------------------------------------- messages

    /**
     * A reply in a DM thread that was also sent to the conversation ("Also send as direct message"): subtype
     * {@code thread_broadcast}, with the thread's parent message in {@code root} (here the bot's question card).
     */
    static ObjectNode threadBroadcast(String user, String channel, String text, String ts, String threadTs) {
        ObjectNode e = JSON.createObjectNode()
                .put("type", "message")
                .put("subtype", "thread_broadcast")
                .put("text", text)
                .put("user", user)
                .put("ts", ts)
                .put("thread_ts", threadTs);
        e.putObject("root")
                .put("type", "message")
                .put("text", "Question 1")
                .put("user", FakeSlack.BOT_USER_ID)
                .put("bot_id", FakeSlack.BOT_ID)
                .put("app_id", FakeSlack.APP_ID)
                .put("ts", threadTs)
                .put("team", FakeSlack.TEAM_ID)
                .put("thread_ts", threadTs)
                .put("reply_count", 1)
                .put("reply_users_count", 1)
                .put("latest_reply", ts)
                .put("is_locked", false)
                .putArray("reply_users").add(user);
        e.set("blocks", richText(text));
        e.put("client_msg_id", UUID.nameUUIDFromBytes(ts.getBytes(StandardCharsets.UTF_8)).toString())
                .put("channel", channel)
                .put("event_ts", ts)
                .put("channel_type", "im");
        return e;
    }

    /** A file uploaded with a message, in a DM thread: subtype {@code file_share}, {@code files}, {@code upload}. */
    static ObjectNode fileShare(String user, String channel, String text, String ts, String threadTs) {
        ObjectNode e = JSON.createObjectNode()
                .put("type", "message")
                .put("text", text);
        ObjectNode file = e.putArray("files").addObject()
                .put("id", "F0" + ts.replace(".", "").substring(4))
                .put("created", Long.parseLong(ts.substring(0, ts.indexOf('.'))))
                .put("timestamp", Long.parseLong(ts.substring(0, ts.indexOf('.'))))
                .put("name", "architecture.png")
                .put("title", "architecture.png")
                .put("mimetype", "image/png")
                .put("filetype", "png")
                .put("pretty_type", "PNG")
                .put("user", user)
                .put("user_team", FakeSlack.TEAM_ID)
                .put("editable", false)
                .put("size", 48213)
                .put("mode", "hosted")
                .put("is_external", false)
                .put("external_type", "")
                .put("is_public", false)
                .put("public_url_shared", false)
                .put("display_as_bot", false)
                .put("username", "");
        file.put("url_private", "https://files.slack.com/files-pri/" + FakeSlack.TEAM_ID + "-" + file.path("id").asText()
                + "/architecture.png");
        e.put("upload", true)
                .put("user", user)
                .put("display_as_bot", false)
                .put("ts", ts)
                .put("thread_ts", threadTs)
                .put("parent_user_id", FakeSlack.BOT_USER_ID)
                .put("client_msg_id", UUID.nameUUIDFromBytes(ts.getBytes(StandardCharsets.UTF_8)).toString())
                .put("channel", channel)
                .put("subtype", "file_share")
                .put("event_ts", ts)
                .put("channel_type", "im");
        e.set("blocks", richText(text));
        return e;
    }

    /** A message posted by a bot user (a person's message has no {@code bot_id}), as message.im delivers it. */
    static ObjectNode botUserMessage(String botUser, String botId, String appId, String channel, String text,
                                     String ts) {
        ObjectNode e = JSON.createObjectNode()
                .put("type", "message")
                .put("user", botUser)
                .put("bot_id", botId)
                .put("app_id", appId)
                .put("text", text)
                .put("team", FakeSlack.TEAM_ID)
                .put("ts", ts)
                .put("channel", channel)
                .put("event_ts", ts)
                .put("channel_type", "im");
        e.putObject("bot_profile").put("id", botId).put("app_id", appId).put("name", "bot-" + botId)
                .put("deleted", false).put("team_id", FakeSlack.TEAM_ID);
        return e;
    }

    /** An integration's message: subtype {@code bot_message}, a {@code bot_id} and {@code username}, no user. */
    static ObjectNode botMessage(String botId, String channel, String text, String ts) {
        return JSON.createObjectNode()
                .put("type", "message")
                .put("subtype", "bot_message")
                .put("text", text)
                .put("ts", ts)
                .put("username", "Build bot")
                .put("bot_id", botId)
                .put("channel", channel)
                .put("event_ts", ts)
                .put("channel_type", "im");
    }

    private static ArrayNode richText(String text) {
        ArrayNode blocks = JSON.createArrayNode();
        blocks.addObject().put("type", "rich_text").put("block_id", "rt" + Math.abs(text.hashCode() % 1000))
                .putArray("elements").addObject().put("type", "rich_text_section")
                .putArray("elements").addObject().put("type", "text").put("text", text);
        return blocks;
    }

    // ------------------------------------------------------------------------------------------ workspace events

    /** {@code app_uninstalled}: the app was removed from the workspace. */
    static ObjectNode appUninstalled() {
        return JSON.createObjectNode().put("type", "app_uninstalled");
    }

    /** {@code tokens_revoked}: user ids whose user tokens ({@code oauth}) and bot tokens ({@code bot}) were revoked. */
    static ObjectNode tokensRevoked(List<String> oauth, List<String> bot) {
        ObjectNode e = JSON.createObjectNode().put("type", "tokens_revoked");
        ObjectNode tokens = e.putObject("tokens");
        oauth.forEach(tokens.putArray("oauth")::add);
        bot.forEach(tokens.putArray("bot")::add);
        return e;
    }

    // ------------------------------------------------------------------------------------------- interactivity

    /**
     * A choice in the Home tab's category menu: block_actions from a {@code home} view (no channel, message or
     * response_url), a {@code static_select} action with its {@code selected_option}.
     */
    static ObjectNode homeCategoryChoice(String user, String slug, String label) {
        ObjectNode p = JSON.createObjectNode().put("type", "block_actions");
        p.putObject("user").put("id", user).put("username", "user-" + user.toLowerCase(Locale.ROOT))
                .put("name", "user-" + user.toLowerCase(Locale.ROOT)).put("team_id", FakeSlack.TEAM_ID);
        p.put("api_app_id", FakeSlack.APP_ID).put("token", SlackRequests.VERIFICATION_TOKEN);
        p.putObject("container").put("type", "view").put("view_id", "VH" + user);
        p.put("trigger_id", "trigger.home" + TRIGGERS.incrementAndGet() + ".e2e");
        p.putObject("team").put("id", FakeSlack.TEAM_ID).put("domain", FakeSlack.TEAM_DOMAIN);
        p.putNull("enterprise");
        p.put("is_enterprise_install", false);
        ObjectNode view = p.putObject("view").put("id", "VH" + user).put("team_id", FakeSlack.TEAM_ID)
                .put("type", "home");
        view.putArray("blocks");
        view.put("private_metadata", "").put("callback_id", "");
        view.putObject("state").putObject("values").putObject("mi_home_actions").putObject(ActionIds.HOME_CATEGORY)
                .put("type", "static_select").set("selected_option", option(label, slug));
        view.put("hash", "1700000000.homehash").put("clear_on_close", false).put("notify_on_close", false);
        view.putNull("close");
        view.putNull("submit");
        view.putNull("previous_view_id");
        view.put("root_view_id", "VH" + user).put("app_id", FakeSlack.APP_ID).put("external_id", "")
                .put("app_installed_team_id", FakeSlack.TEAM_ID).put("bot_id", FakeSlack.BOT_ID);
        ObjectNode action = p.putArray("actions").addObject()
                .put("type", "static_select")
                .put("action_id", ActionIds.HOME_CATEGORY)
                .put("block_id", "mi_home_actions");
        action.set("selected_option", option(label, slug));
        action.putObject("placeholder").put("type", "plain_text").put("text", "Practise a category")
                .put("emoji", true);
        action.put("action_ts", nowTs());
        return p;
    }

    /**
     * A click on "Rate by ticked points" under a model answer, with the boxes ticked so far in {@code state.values}:
     * one entry per checkbox group ({@code mi_points_0}, …) listing its selected options, as Slack sends the
     * message's state with every click.
     *
     * @param ticked per group, the options (label → value) ticked in it
     */
    static ObjectNode ratePointsClick(RunningBot bot, String user, String value, String responseUrl,
                                      Map<String, Map<String, String>> ticked) {
        ObjectNode p = SlackRequests.blockActionPayload(FakeSlack.TEAM_ID, user, "D" + user, "1700000000.000100",
                ActionIds.RATE_POINTS, "mi_rate_points", value, "Rate by ticked points", responseUrl,
                "trigger.points" + TRIGGERS.incrementAndGet() + ".e2e", null);
        ObjectNode values = p.putObject("state").putObject("values");
        ticked.forEach((block, options) -> {
            ArrayNode selected = values.putObject(block).putObject(ActionIds.POINTS_INPUT).put("type", "checkboxes")
                    .putArray("selected_options");
            options.forEach((label, v) -> selected.add(option(label, v)));
        });
        return p;
    }

    private static ObjectNode option(String label, String value) {
        ObjectNode o = JSON.createObjectNode();
        o.putObject("text").put("type", "plain_text").put("text", label).put("emoji", true);
        o.put("value", value);
        return o;
    }

    private static String nowTs() {
        Instant now = Instant.now();
        return String.format(Locale.ROOT, "%d.%06d", now.getEpochSecond(), now.getNano() / 1000);
    }

    // -------------------------------------------------------------------------------------------- the database

    /** Every answer stored for a user, oldest first, as the bot's SQLite file holds it. */
    static List<String> storedAnswers(Path db, String user) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement ps = c.prepareStatement(
                     "SELECT text FROM answers WHERE team_id = ? AND user_id = ? ORDER BY id")) {
            ps.setString(1, FakeSlack.TEAM_ID);
            ps.setString(2, user);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + db, e);
        }
    }

    // --------------------------------------------------------------------------------------- another host

    /**
     * An HTTP server on another host (127.0.0.2, loopback too) that records every request and answers 200: what a
     * crafted {@code response_url} or a redirect would point the bot at.
     */
    static final class ForeignHost implements AutoCloseable {
        private final HttpServer server;
        private final List<String> requests = new CopyOnWriteArrayList<>();

        ForeignHost() {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot listen on 127.0.0.2", e);
            }
            server.createContext("/", ex -> {
                try (ex) {
                    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                    requests.add(ex.getRequestMethod() + " " + ex.getRequestURI() + " " + body);
                    byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
                    ex.sendResponseHeaders(200, ok.length);
                    ex.getResponseBody().write(ok);
                }
            });
            server.start();
        }

        /** A URL on this host, shaped like a response_url. */
        String url(String name) {
            return "http://127.0.0.2:" + server.getAddress().getPort() + "/commands/" + FakeSlack.TEAM_ID + "/" + name;
        }

        /** What was requested so far: method, path and body of each. */
        List<String> requests() {
            return List.copyOf(requests);
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
