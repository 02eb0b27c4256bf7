package dev.mockinterview.config;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Config")
class ConfigTest {

    // Distinctive fake secrets: if any of these leaks into a message or toString(), a test fails.
    private static final String BOT_TOKEN = "xoxb-FAKE-bot-7f3a9c1e5d";
    private static final String SIGNING_SECRET = "FAKE-signing-4b8e2d6a0c";
    private static final String APP_TOKEN = "xapp-FAKE-app-9d1c7b3f5e";

    private static Map<String, String> httpEnv() {
        Map<String, String> env = new HashMap<>();
        env.put("SLACK_BOT_TOKEN", BOT_TOKEN);
        env.put("SLACK_SIGNING_SECRET", SIGNING_SECRET);
        return env;
    }

    private static void assertNoSecrets(String text) {
        assertAll(
                () -> assertFalse(text.contains(BOT_TOKEN), () -> "bot token leaked: " + text),
                () -> assertFalse(text.contains(SIGNING_SECRET), () -> "signing secret leaked: " + text),
                () -> assertFalse(text.contains(APP_TOKEN), () -> "app token leaked: " + text),
                () -> assertFalse(text.contains("7f3a9c1e5d") || text.contains("4b8e2d6a0c")
                        || text.contains("9d1c7b3f5e"), () -> "part of a secret leaked: " + text));
    }

    @Nested
    @DisplayName("forServe")
    class ForServe {

        @Test
        @DisplayName("applies the defaults: port 3000, slack.com API, ./mockinterview.db, ./questions, HTTP mode")
        void defaults() {
            // when
            Config config = Config.forServe(httpEnv());

            // then
            assertEquals(3000, config.port());
            assertEquals("https://slack.com/api/", config.slackApiUrl());
            assertEquals(Config.DEFAULT_API_URL, config.slackApiUrl());
            assertEquals(Path.of("./mockinterview.db"), config.databaseFile());
            assertEquals(Path.of("./questions"), config.questionsDir());
            assertFalse(config.socketMode());
            assertNull(config.appToken());
            assertEquals(BOT_TOKEN, config.botToken());
            assertEquals(SIGNING_SECRET, config.signingSecret());
        }

        @Test
        @DisplayName("reads every variable, stripping whitespace")
        void readsEverything() {
            // given
            Map<String, String> env = httpEnv();
            env.put("PORT", " 8080 ");
            env.put("SLACK_API_URL", "http://127.0.0.1:9/api/");
            env.put("MOCKINTERVIEW_DB", "/var/lib/mi/db.sqlite");
            env.put("QUESTIONS_DIR", "/etc/mi/questions");

            // when
            Config config = Config.forServe(env);

            // then
            assertEquals(8080, config.port());
            assertEquals("http://127.0.0.1:9/api/", config.slackApiUrl());
            assertEquals(Path.of("/var/lib/mi/db.sqlite"), config.databaseFile());
            assertEquals(Path.of("/etc/mi/questions"), config.questionsDir());
        }

        @Test
        @DisplayName("adds the trailing slash to SLACK_API_URL")
        void trailingSlashAdded() {
            // given
            Map<String, String> env = httpEnv();
            env.put("SLACK_API_URL", "http://127.0.0.1:8123/api");

            // when
            Config config = Config.forServe(env);

            // then
            assertEquals("http://127.0.0.1:8123/api/", config.slackApiUrl());
        }

        @Test
        @DisplayName("PORT 0 (any free port) and 65535 are accepted")
        void portBounds() {
            // given
            Map<String, String> zero = httpEnv();
            zero.put("PORT", "0");
            Map<String, String> max = httpEnv();
            max.put("PORT", "65535");

            // when / then
            assertEquals(0, Config.forServe(zero).port());
            assertEquals(65535, Config.forServe(max).port());
        }

        @Test
        @DisplayName("HTTP mode needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET, both named in one exception")
        void httpModeNeedsBoth() {
            // when
            ConfigException e = assertThrows(ConfigException.class, () -> Config.forServe(Map.of()));

            // then
            assertEquals(2, e.problems().size(), e.getMessage());
            assertTrue(e.problems().get(0).startsWith("SLACK_BOT_TOKEN is not set"), e.getMessage());
            assertTrue(e.problems().get(1).startsWith("SLACK_SIGNING_SECRET is not set"), e.getMessage());
            assertTrue(e.getMessage().startsWith("Configuration problems:"), e.getMessage());
            assertTrue(e.getMessage().contains("SLACK_BOT_TOKEN") && e.getMessage().contains("SLACK_SIGNING_SECRET"));
        }

        @Test
        @DisplayName("blank values count as missing")
        void blankIsMissing() {
            // given
            Map<String, String> env = Map.of("SLACK_BOT_TOKEN", "   ", "SLACK_SIGNING_SECRET", "");

            // when
            ConfigException e = assertThrows(ConfigException.class, () -> Config.forServe(env));

            // then
            assertEquals(2, e.problems().size(), e.getMessage());
        }

        @Test
        @DisplayName("a single problem reads 'Configuration problem:' (singular)")
        void singleProblem() {
            // given
            Map<String, String> env = Map.of("SLACK_BOT_TOKEN", BOT_TOKEN);

            // when
            ConfigException e = assertThrows(ConfigException.class, () -> Config.forServe(env));

            // then
            assertEquals(List.of(e.problems().get(0)), e.problems());
            assertTrue(e.getMessage().startsWith("Configuration problem:\n  - SLACK_SIGNING_SECRET"), e.getMessage());
            assertNoSecrets(e.getMessage());
        }

        @Test
        @DisplayName("Socket Mode (SLACK_APP_TOKEN set) does not need the signing secret")
        void socketModeWithoutSigningSecret() {
            // given
            Map<String, String> env = Map.of("SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_APP_TOKEN", APP_TOKEN);

            // when
            Config config = Config.forServe(env);

            // then
            assertTrue(config.socketMode());
            assertEquals(APP_TOKEN, config.appToken());
            assertNull(config.signingSecret());
        }

        @Test
        @DisplayName("every missing or malformed variable is named in ONE exception, without any secret")
        void everythingAtOnce() {
            // given: a user token for the bot, a bot token for the app, and bad PORT and SLACK_API_URL
            String userToken = "xoxp-FAKE-user-7f3a9c1e5d";
            Map<String, String> env = Map.of(
                    "SLACK_BOT_TOKEN", userToken,
                    "SLACK_APP_TOKEN", BOT_TOKEN,
                    "PORT", "abc",
                    "SLACK_API_URL", "ftp://x");

            // when
            ConfigException e = assertThrows(ConfigException.class, () -> Config.forServe(env));

            // then
            String m = e.getMessage();
            assertEquals(4, e.problems().size(), m);
            assertTrue(e.problems().get(0).contains("SLACK_BOT_TOKEN") && e.problems().get(0).contains("xoxb-"), m);
            assertTrue(e.problems().get(1).contains("SLACK_APP_TOKEN") && e.problems().get(1).contains("xapp-"), m);
            assertTrue(e.problems().get(2).contains("PORT") && e.problems().get(2).contains("\"abc\""), m);
            assertTrue(e.problems().get(3).contains("SLACK_API_URL") && e.problems().get(3).contains("\"ftp://x\""),
                    m);
            assertTrue(m.startsWith("Configuration problems:"), m);
            for (String problem : e.problems()) {
                assertTrue(m.contains(problem));
            }
            assertNoSecrets(m);
            assertFalse(m.contains(userToken), m);
        }

        @Test
        @DisplayName("a bot token that is not xoxb- is refused without echoing it")
        void botTokenPrefix() {
            // given
            Map<String, String> env = httpEnv();
            env.put("SLACK_BOT_TOKEN", SIGNING_SECRET);

            // when
            ConfigException e = assertThrows(ConfigException.class, () -> Config.forServe(env));

            // then
            assertEquals(1, e.problems().size(), e.getMessage());
            assertTrue(e.getMessage().contains("must start with \"xoxb-\""), e.getMessage());
            assertNoSecrets(e.getMessage());
        }

        @Test
        @DisplayName("an app token that is not xapp- is refused without echoing it")
        void appTokenPrefix() {
            // given
            Map<String, String> env = httpEnv();
            env.put("SLACK_APP_TOKEN", "xoxb-FAKE-app-9d1c7b3f5e");

            // when
            ConfigException e = assertThrows(ConfigException.class, () -> Config.forServe(env));

            // then
            assertEquals(1, e.problems().size(), e.getMessage());
            assertTrue(e.getMessage().contains("SLACK_APP_TOKEN") && e.getMessage().contains("\"xapp-\""));
            assertNoSecrets(e.getMessage());
        }

        @ParameterizedTest(name = "PORT=\"{0}\"")
        @ValueSource(strings = {"abc", "70000", "-1", "65536", "3000.5"})
        @DisplayName("a malformed or out-of-range PORT is refused, quoting the value")
        void badPort(String port) {
            // given
            Map<String, String> env = httpEnv();
            env.put("PORT", port);

            // when
            ConfigException e = assertThrows(ConfigException.class, () -> Config.forServe(env));

            // then
            assertEquals(List.of("PORT must be a number from 0 to 65535, not \"" + port + "\" (default 3000)."),
                    e.problems());
            assertNoSecrets(e.getMessage());
        }

        @ParameterizedTest(name = "SLACK_API_URL=\"{0}\"")
        @ValueSource(strings = {"ftp://x", "not a url", "slack.com/api", "https:///api/"})
        @DisplayName("a SLACK_API_URL that is not an http(s) URL with a host is refused")
        void badApiUrl(String url) {
            // given
            Map<String, String> env = httpEnv();
            env.put("SLACK_API_URL", url);

            // when
            ConfigException e = assertThrows(ConfigException.class, () -> Config.forServe(env));

            // then
            assertEquals(1, e.problems().size(), e.getMessage());
            assertTrue(e.problems().get(0).startsWith("SLACK_API_URL must be an http(s) URL"), e.getMessage());
            assertTrue(e.problems().get(0).contains("\"" + url + "\""), e.getMessage());
            assertNoSecrets(e.getMessage());
        }
    }

    @Nested
    @DisplayName("local")
    class Local {

        @Test
        @DisplayName("needs no Slack variables at all and applies the same defaults")
        void noTokensNeeded() {
            // when
            Config config = Config.local(Map.of());

            // then
            assertEquals(3000, config.port());
            assertEquals("https://slack.com/api/", config.slackApiUrl());
            assertEquals(Path.of("./mockinterview.db"), config.databaseFile());
            assertEquals(Path.of("./questions"), config.questionsDir());
            assertNull(config.botToken());
            assertNull(config.signingSecret());
        }

        @Test
        @DisplayName("does not check token prefixes")
        void noTokenChecks() {
            // given
            Map<String, String> env = Map.of("SLACK_BOT_TOKEN", "not-a-token", "SLACK_APP_TOKEN", "nor-this");

            // when
            Config config = Config.local(env);

            // then
            assertEquals("not-a-token", config.botToken());
        }

        @Test
        @DisplayName("reads MOCKINTERVIEW_DB and QUESTIONS_DIR")
        void readsPaths() {
            // given
            Map<String, String> env = Map.of("MOCKINTERVIEW_DB", "/tmp/x.db", "QUESTIONS_DIR", "/tmp/q");

            // when
            Config config = Config.local(env);

            // then
            assertEquals(Path.of("/tmp/x.db"), config.databaseFile());
            assertEquals(Path.of("/tmp/q"), config.questionsDir());
        }

        @Test
        @DisplayName("ignores PORT and SLACK_API_URL, which practice and validate never use")
        void malformedServeOnlyValuesIgnored() {
            // given
            Map<String, String> env = Map.of("PORT", "70000", "SLACK_API_URL", "not a url",
                    "QUESTIONS_DIR", "bank");

            // when
            Config config = Config.local(env);

            // then
            assertEquals(Path.of("bank"), config.questionsDir());
            ConfigException serve = assertThrows(ConfigException.class, () -> Config.forServe(env));
            assertTrue(serve.getMessage().contains("\"70000\""), serve.getMessage());
            assertTrue(serve.getMessage().contains("\"not a url\""), serve.getMessage());
        }
    }

    @Nested
    @DisplayName("toString")
    class ToString {

        @Test
        @DisplayName("shows mode and settings but never a secret (HTTP mode)")
        void httpMode() {
            // given
            Config config = Config.forServe(httpEnv());

            // when
            String text = config.toString();

            // then
            assertNoSecrets(text);
            assertTrue(text.contains("mode=http"), text);
            assertTrue(text.contains("port=3000"), text);
            assertTrue(text.contains("botToken=set") && text.contains("signingSecret=set")
                    && text.contains("appToken=unset"), text);
        }

        @Test
        @DisplayName("shows mode and settings but never a secret (Socket Mode)")
        void socketMode() {
            // given
            Map<String, String> env = httpEnv();
            env.put("SLACK_APP_TOKEN", APP_TOKEN);
            Config config = Config.forServe(env);

            // when
            String text = config.toString();

            // then
            assertNoSecrets(text);
            assertTrue(text.contains("mode=socket") && text.contains("appToken=set"), text);
        }
    }
}
