package dev.mockinterview.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runtime configuration, read once from the environment (see the README's configuration table). Secrets are kept
 * out of {@link #toString()}.
 *
 * @param slackApiUrl Web API base URL, always ending in '/'
 * @param appToken    Socket Mode app-level token, or null for HTTP mode
 */
public record Config(
        String botToken,
        String signingSecret,
        String appToken,
        int port,
        String slackApiUrl,
        Path databaseFile,
        Path questionsDir,
        String dailyManagers) {

    public static final String DEFAULT_API_URL = "https://slack.com/api/";

    /** Without daily-question managers: the default policy (admins, owners and whoever set it up). */
    public Config(String botToken, String signingSecret, String appToken, int port, String slackApiUrl,
                  Path databaseFile, Path questionsDir) {
        this(botToken, signingSecret, appToken, port, slackApiUrl, databaseFile, questionsDir, null);
    }

    public boolean socketMode() {
        return appToken != null;
    }

    /** Configuration for commands that need no Slack (practice, validate): never fails on missing tokens. */
    public static Config local(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        Config c = read(env, problems, false);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return c;
    }

    /** Configuration for {@code serve}: names every missing or malformed variable at once. */
    public static Config forServe(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        Config c = read(env, problems, true);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return c;
    }

    private static Config read(Map<String, String> env, List<String> problems, boolean serve) {
        String botToken = value(env, "SLACK_BOT_TOKEN");
        String signingSecret = value(env, "SLACK_SIGNING_SECRET");
        String appToken = value(env, "SLACK_APP_TOKEN");
        if (serve) {
            if (botToken == null) {
                problems.add("SLACK_BOT_TOKEN is not set. Get the bot token (xoxb-...) from your Slack app's "
                        + "\"OAuth & Permissions\" page after installing the app to your workspace.");
            } else if (!botToken.startsWith("xoxb-")) {
                problems.add("SLACK_BOT_TOKEN does not look like a bot token: it must start with \"xoxb-\". "
                        + "Copy the \"Bot User OAuth Token\" from the app's \"OAuth & Permissions\" page.");
            }
            if (appToken != null && !appToken.startsWith("xapp-")) {
                problems.add("SLACK_APP_TOKEN does not look like an app-level token: it must start with \"xapp-\". "
                        + "Create one with the connections:write scope under \"Basic Information\" > "
                        + "\"App-Level Tokens\", or unset SLACK_APP_TOKEN to use HTTP mode.");
            }
            if (appToken == null && signingSecret == null) {
                problems.add("SLACK_SIGNING_SECRET is not set; HTTP mode needs it to verify requests from Slack. "
                        + "Copy the \"Signing Secret\" from the app's \"Basic Information\" page "
                        + "(or set SLACK_APP_TOKEN to use Socket Mode instead).");
            }
        }
        int port = 3000;
        String portText = value(env, "PORT");
        // practice and validate use neither PORT nor SLACK_API_URL, so they do not fail on them.
        if (portText != null && serve) {
            try {
                port = Integer.parseInt(portText);
                if (port < 0 || port > 65535) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add("PORT must be a number from 0 to 65535, not \"" + portText + "\" (default 3000).");
            }
        }
        String apiUrl = value(env, "SLACK_API_URL");
        if (apiUrl == null) {
            apiUrl = DEFAULT_API_URL;
        } else if (serve) {
            try {
                URI uri = URI.create(apiUrl);
                if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                    throw new IllegalArgumentException();
                }
                if (!apiUrl.endsWith("/")) {
                    apiUrl = apiUrl + "/";
                }
            } catch (IllegalArgumentException e) {
                problems.add("SLACK_API_URL must be an http(s) URL such as " + DEFAULT_API_URL + ", not \""
                        + apiUrl + "\".");
            }
        }
        Path db = Path.of(orDefault(value(env, "MOCKINTERVIEW_DB"), "./mockinterview.db"));
        Path questions = Path.of(orDefault(value(env, "QUESTIONS_DIR"), "./questions"));
        String managers = value(env, dev.mockinterview.daily.DailyPermissions.ENV_VAR);
        if (serve) {
            problems.addAll(dev.mockinterview.daily.DailyPermissions.problems(managers));
        }
        return new Config(botToken, signingSecret, appToken, port, apiUrl, db, questions, managers);
    }

    private static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String orDefault(String v, String fallback) {
        return v == null ? fallback : v;
    }

    @Override
    public String toString() {
        return "Config[mode=" + (socketMode() ? "socket" : "http") + ", port=" + port + ", slackApiUrl=" + slackApiUrl
                + ", databaseFile=" + databaseFile + ", questionsDir=" + questionsDir
                + ", dailyManagers=" + (dailyManagers == null ? "default" : dailyManagers)
                + ", botToken=" + redact(botToken) + ", signingSecret=" + redact(signingSecret)
                + ", appToken=" + redact(appToken) + "]";
    }

    private static String redact(String secret) {
        return secret == null ? "unset" : "set";
    }
}
