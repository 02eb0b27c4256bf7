package dev.mockinterview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** manifest.yml must describe the app the code actually is: its command, its URL, and only the scopes it uses. */
class ManifestTest {
    /** The bot scope each Web API method the code calls needs (null: none). */
    private static final Map<String, String> SCOPE_OF_METHOD = Map.of(
            "conversationsOpen", "im:write",
            "chatPostMessage", "chat:write",
            "viewsOpen", "",
            "viewsPublish", "",
            "usersInfo", "users:read",
            "conversationsJoin", "channels:join",
            "conversationsHistory", "channels:history,groups:history,im:history",
            "conversationsReplies", "channels:history,groups:history,im:history",
            "filesGetUploadURLExternal", "files:write",
            "filesCompleteUploadExternal", "files:write");

    private final JsonNode manifest = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("manifest.yml")));

    ManifestTest() throws IOException {
    }

    @Test
    @DisplayName("names the app and bot user, and declares /mockinterview with a usage hint")
    void command() {
        assertEquals("mockinterview", manifest.path("display_information").path("name").asText());
        assertEquals("mockinterview", manifest.path("features").path("bot_user").path("display_name").asText());
        JsonNode command = manifest.path("features").path("slash_commands").get(0);
        assertEquals("/mockinterview", command.path("command").asText());
        assertTrue(command.path("usage_hint").asText().contains("help"));
        assertTrue(command.path("url").asText().endsWith("/slack/events"));
        assertTrue(manifest.path("features").path("app_home").path("messages_tab_enabled").asBoolean());
    }

    @Test
    @DisplayName("interactivity is on, at the same single request URL")
    void interactivity() {
        JsonNode interactivity = manifest.path("settings").path("interactivity");
        assertTrue(interactivity.path("is_enabled").asBoolean());
        assertEquals(manifest.path("features").path("slash_commands").get(0).path("url").asText(),
                interactivity.path("request_url").asText());
        assertFalse(manifest.path("settings").path("socket_mode_enabled").asBoolean(),
                "HTTP mode by default; the comments explain Socket Mode");
    }

    /** The scope each subscribed event needs ("" for none). */
    private static final Map<String, String> SCOPE_OF_EVENT = Map.of(
            "app_home_opened", "",
            "message.im", "im:history",
            "app_uninstalled", "",
            "tokens_revoked", "");

    @Test
    @DisplayName("subscribes to exactly the events the code handles, at the same request URL")
    void events() throws IOException {
        JsonNode subscriptions = manifest.path("settings").path("event_subscriptions");
        assertEquals(manifest.path("settings").path("interactivity").path("request_url").asText(),
                subscriptions.path("request_url").asText());
        Set<String> declared = new TreeSet<>();
        subscriptions.path("bot_events").forEach(n -> declared.add(n.asText()));
        Set<String> handled = new TreeSet<>();
        Pattern handler = Pattern.compile("app\\.event\\((\\w+)\\.class");
        Map<String, String> eventOfClass = Map.of("AppHomeOpenedEvent", "app_home_opened", "MessageEvent", "message.im",
                "MessageThreadBroadcastEvent", "message.im", "MessageFileShareEvent", "message.im",
                "AppUninstalledEvent", "app_uninstalled", "TokensRevokedEvent", "tokens_revoked");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = handler.matcher(Files.readString(file));
                while (m.find()) {
                    assertTrue(eventOfClass.containsKey(m.group(1)), "unknown event class " + m.group(1));
                    handled.add(eventOfClass.get(m.group(1)));
                }
            }
        }
        assertEquals(handled, declared);
        assertTrue(manifest.path("features").path("app_home").path("home_tab_enabled").asBoolean());
        assertFalse(manifest.path("features").path("app_home").path("messages_tab_read_only_enabled").asBoolean(),
                "users reply in threads to answer");
    }

    @Test
    @DisplayName("the bot scopes are exactly those the code's Web API calls and events need, plus commands")
    void onlyUsedScopes() throws IOException {
        Set<String> needed = new TreeSet<>(Set.of("commands"));
        manifest.path("settings").path("event_subscriptions").path("bot_events").forEach(n -> {
            String scope = SCOPE_OF_EVENT.get(n.asText());
            assertTrue(scope != null, "unknown scope for event " + n.asText());
            if (!scope.isEmpty()) {
                needed.add(scope);
            }
        });
        Pattern call = Pattern.compile("methods\\.(\\w+)\\(");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(file));
                while (m.find()) {
                    String scope = SCOPE_OF_METHOD.get(m.group(1));
                    assertTrue(scope != null, "unknown scope for Web API method " + m.group(1) + " in " + file);
                    if (!scope.isEmpty()) {
                        needed.addAll(Set.of(scope.split(",")));
                    }
                }
            }
        }
        Set<String> declared = new TreeSet<>();
        manifest.path("oauth_config").path("scopes").path("bot").forEach(n -> declared.add(n.asText()));
        assertEquals(needed, declared);
    }
}
