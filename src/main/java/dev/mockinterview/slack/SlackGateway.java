package dev.mockinterview.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.gson.Gson;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import dev.mockinterview.slack.render.SlackMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every outgoing call to Slack: Web API methods (sent to {@code SLACK_API_URL}) and {@code response_url} posts
 * (sent wherever the payload points). Rate limits ({@code 429} + {@code Retry-After}), server errors and dropped
 * connections are retried a bounded number of times; callers run on worker threads, never on the ack path.
 */
public final class SlackGateway {
    private static final Logger log = LoggerFactory.getLogger(SlackGateway.class);
    private static final int MAX_ATTEMPTS = 4;
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);

    private final MethodsClient methods;
    private final HttpClient http;
    private final Sleeper sleeper;
    private final Gson gson = GsonFactory.createSnakeCase();
    private final ObjectMapper json = new ObjectMapper();
    private final java.util.function.Supplier<String> messageIds;

    /** Ids {@code prefix-1}, {@code prefix-2}, ...; a random prefix per run keeps them unique across restarts. */
    public static java.util.function.Supplier<String> counter(String prefix) {
        java.util.concurrent.atomic.AtomicLong next = new java.util.concurrent.atomic.AtomicLong();
        return () -> prefix + "-" + next.incrementAndGet();
    }

    /** Where Slack's own {@code response_url}s point. */
    public static final String SLACK_HOOKS_HOST = "hooks.slack.com";

    /** The origins ({@code scheme://host:port}) a response_url may point at. */
    private final java.util.Set<String> responseUrlOrigins;

    /**
     * Where a {@code response_url} may point: {@code https://hooks.slack.com}, and the scheme, host and port of
     * {@code SLACK_API_URL} (a proxy, or a test double). Anything else in a payload is not followed.
     */
    public static java.util.Set<String> responseUrlHosts(String slackApiUrl) {
        String hooks = origin(URI.create("https://" + SLACK_HOOKS_HOST + "/"));
        String api = origin(URI.create(slackApiUrl));
        return api == null ? java.util.Set.of(hooks) : java.util.Set.of(hooks, api);
    }

    /** {@code scheme://host:port} with the scheme's default port spelled out; null without a host. */
    private static String origin(URI uri) {
        if (uri.getHost() == null || uri.getScheme() == null) {
            return null;
        }
        String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
        return scheme + "://" + uri.getHost().toLowerCase(java.util.Locale.ROOT) + ":" + port;
    }

    /**
     * @param http             for {@code response_url}s; it must not follow redirects
     * @param responseUrlHosts the only hosts a {@code response_url} is followed to ({@link #responseUrlHosts})
     * @param messageIds       a fresh, never repeated id for each message posted
     */
    public SlackGateway(MethodsClient methods, HttpClient http, java.util.Set<String> responseUrlHosts,
                        Sleeper sleeper, java.util.function.Supplier<String> messageIds) {
        this.responseUrlOrigins = java.util.Set.copyOf(responseUrlHosts);
        this.messageIds = messageIds;
        this.methods = methods;
        this.http = http;
        this.sleeper = sleeper;
    }

    @FunctionalInterface
    private interface ApiCall<T extends SlackApiTextResponse> {
        T call() throws IOException, SlackApiException;
    }

    /** Opens (or finds) the bot's DM with a user; returns its channel id. */
    public String openDm(String userId) {
        return call("conversations.open", () -> methods.conversationsOpen(r -> r.users(java.util.List.of(userId))))
                .getChannel().getId();
    }

    /** Posts a message; returns its ts. */
    public String post(String channel, SlackMessage message) {
        return postTagged(channel, null, message.text(), blocksJson(message), MESSAGE_EVENT_TYPE, "msg_id",
                messageIds.get(), false);
    }

    /**
     * Posts a message (a thread reply when {@code threadTs} is set) tagged with {@code tag}, or with a fresh tag
     * when it is null; returns its ts.
     *
     * @param mayExist true when an earlier attempt, perhaps by a run that was killed, may have posted it: it is
     *                 looked for by its tag first, and found rather than posted twice
     */
    public String post(String channel, String threadTs, String text, String blocksJson, String tag,
                       boolean mayExist) {
        return postTagged(channel, threadTs, text, blocksJson, MESSAGE_EVENT_TYPE, "msg_id",
                tag == null ? messageIds.get() : tag, mayExist && tag != null);
    }

    /** The Block Kit JSON of a message's blocks, as chat.postMessage takes it. */
    public String blocksJson(SlackMessage message) {
        return gson.toJson(message.blocks());
    }

    /** Marks a daily question's message, so that after a crash the bot can find out whether it went out. */
    public static final String DAILY_EVENT_TYPE = "mockinterview_daily_question";
    /** Marks every other message with a unique id, so a retry after an unanswered attempt cannot post it twice. */
    public static final String MESSAGE_EVENT_TYPE = "mockinterview_message";

    /** Posts a channel's daily question, tagged with its post id in the message metadata; returns its ts. */
    public String postDaily(String channel, long postId, SlackMessage message) {
        return postTagged(channel, null, message.text(), blocksJson(message), DAILY_EVENT_TYPE, "post_id",
                String.valueOf(postId), false);
    }

    /**
     * chat.postMessage with a tag in the message metadata. A 429 is retried as is: Slack did not post. After an
     * attempt whose outcome is unknown (a 5xx, or the connection lost once the request was sent) Slack may have
     * posted, so the message is looked for by its tag before trying again, and found rather than posted twice.
     */
    private String postTagged(String channel, String threadTs, String text, String blocksJson, String eventType,
                              String key, String value, boolean mayExist) {
        var metadata = com.slack.api.model.Message.Metadata.builder().eventType(eventType)
                .eventPayload(java.util.Map.of(key, value)).build();
        boolean unknownOutcome = mayExist;
        for (int attempt = 1; ; attempt++) {
            if (unknownOutcome) {
                Optional<String> found = findTagged(channel, threadTs, eventType, key, value);
                if (found.isPresent()) {
                    log.info("chat.postMessage: the unanswered attempt had posted; not posting again");
                    return found.get();
                }
            }
            String retryAfter = null;
            try {
                var response = methods.chatPostMessage(r -> r.channel(channel).threadTs(threadTs).metadata(metadata)
                        .text(text).blocksAsString(blocksJson).unfurlLinks(false).unfurlMedia(false));
                if (response.isOk()) {
                    return response.getTs();
                }
                if (!"ratelimited".equals(response.getError()) || attempt >= MAX_ATTEMPTS) {
                    throw new DeliveryException("chat.postMessage", response.getError(), null);
                }
                unknownOutcome = false;
            } catch (SlackApiException e) {
                int status = e.getResponse().code();
                if (!(status == 429 || status >= 500)) {
                    throw new DeliveryException("chat.postMessage", "HTTP " + status, e);
                }
                unknownOutcome = status >= 500;
                if (attempt >= MAX_ATTEMPTS) {
                    return lastLook(channel, threadTs, eventType, key, value, unknownOutcome, "HTTP " + status, e);
                }
                retryAfter = e.getResponse().header("Retry-After");
            } catch (IOException e) {
                // A refused connection never reached Slack; anything later may have.
                unknownOutcome = !(e instanceof java.net.ConnectException);
                if (attempt >= MAX_ATTEMPTS) {
                    return lastLook(channel, threadTs, eventType, key, value, unknownOutcome,
                            e.getClass().getSimpleName(), e);
                }
            }
            pause("chat.postMessage", attempt, retryAfter);
        }
    }

    private String lastLook(String channel, String threadTs, String eventType, String key, String value,
                            boolean unknownOutcome, String reason, Exception cause) {
        if (unknownOutcome) {
            Optional<String> found = findTagged(channel, threadTs, eventType, key, value);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new DeliveryException("chat.postMessage", reason, cause);
    }

    /** The ts of a recent message (or reply in {@code threadTs}) carrying the tag, if there is one. */
    private Optional<String> findTagged(String channel, String threadTs, String eventType, String key, String value) {
        java.util.List<com.slack.api.model.Message> messages = threadTs == null
                ? call("conversations.history", () -> methods.conversationsHistory(r -> r.channel(channel)
                        .limit(100).includeAllMetadata(true))).getMessages()
                : call("conversations.replies", () -> methods.conversationsReplies(r -> r.channel(channel)
                        .ts(threadTs).limit(200).includeAllMetadata(true))).getMessages();
        if (messages == null) {
            return Optional.empty();
        }
        return messages.stream()
                .filter(m -> m.getMetadata() != null && eventType.equals(m.getMetadata().getEventType())
                        && m.getMetadata().getEventPayload() != null
                        && value.equals(String.valueOf(m.getMetadata().getEventPayload().get(key))))
                .map(com.slack.api.model.Message::getTs)
                .findFirst();
    }

    /**
     * The ts of a daily question already in the channel, found by its metadata among the channel's latest 200
     * messages, or empty when it is not there. Used right after a restart, so the message is recent.
     */
    public Optional<String> findDaily(String channel, long postId) {
        var history = call("conversations.history", () -> methods.conversationsHistory(r -> r.channel(channel)
                .limit(200).includeAllMetadata(true)));
        if (history.getMessages() == null) {
            return Optional.empty();
        }
        return history.getMessages().stream()
                .filter(m -> m.getMetadata() != null && DAILY_EVENT_TYPE.equals(m.getMetadata().getEventType())
                        && m.getMetadata().getEventPayload() != null
                        && String.valueOf(postId).equals(String.valueOf(m.getMetadata().getEventPayload().get("post_id"))))
                .map(com.slack.api.model.Message::getTs)
                .findFirst();
    }

    /** Posts a reply in a message's thread; returns its ts. */
    public String reply(String channel, String threadTs, SlackMessage message) {
        return postTagged(channel, threadTs, message.text(), blocksJson(message), MESSAGE_EVENT_TYPE, "msg_id",
                messageIds.get(), false);
    }

    /**
     * Shares a file in a conversation, the way Slack asks for it: an upload URL for the file, the bytes sent there,
     * then the upload completed into the channel with a comment.
     */
    public void uploadFile(String channel, String filename, byte[] content, String title, String comment) {
        var url = call("files.getUploadURLExternal", () -> methods.filesGetUploadURLExternal(r -> r
                .filename(filename).length(content.length)));
        HttpRequest upload = HttpRequest.newBuilder(URI.create(url.getUploadUrl()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                .build();
        try {
            HttpResponse<String> sent = http.send(upload, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (sent.statusCode() != 200) {
                throw new DeliveryException("file upload", "HTTP " + sent.statusCode(), null);
            }
        } catch (IOException e) {
            throw new DeliveryException("file upload", e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("file upload", "interrupted", e);
        }
        call("files.completeUploadExternal", () -> methods.filesCompleteUploadExternal(r -> r
                .files(java.util.List.of(com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest
                        .FileDetails.builder().id(url.getFileId()).title(title).build()))
                .channelId(channel).initialComment(comment)));
    }

    /** Publishes a user's App Home tab. */
    public void publishHome(String userId, View view) {
        call("views.publish", () -> methods.viewsPublish(r -> r.userId(userId).view(view)));
    }

    /** What the bot needs to know about a user: their time zone (if valid) and workspace role. */
    public record UserInfo(Optional<java.time.ZoneId> zone, boolean admin, boolean owner) {
    }

    /** A user's profile (users.info). */
    public UserInfo userInfo(String userId) {
        var user = call("users.info", () -> methods.usersInfo(r -> r.user(userId))).getUser();
        Optional<java.time.ZoneId> zone;
        try {
            zone = user.getTz() == null ? Optional.empty() : Optional.of(java.time.ZoneId.of(user.getTz()));
        } catch (java.time.DateTimeException e) {
            zone = Optional.empty();
        }
        return new UserInfo(zone, user.isAdmin() || user.isPrimaryOwner(), user.isOwner() || user.isPrimaryOwner());
    }

    /** The user's time zone from their Slack profile (users.info), if it has a valid one. */
    public Optional<java.time.ZoneId> userZone(String userId) {
        return userInfo(userId).zone();
    }

    /** Joins a public channel (conversations.join). */
    public void joinChannel(String channelId) {
        call("conversations.join", () -> methods.conversationsJoin(r -> r.channel(channelId)));
    }

    /**
     * Opens a modal, in one attempt: a trigger id works once, within 3 s of the click, so a retry after an
     * unanswered attempt would fail if the first had opened it, and a wait for a rate limit would outlast it.
     */
    public void openModal(String triggerId, View view) {
        try {
            var response = methods.viewsOpen(r -> r.triggerId(triggerId).view(view));
            if (!response.isOk()) {
                throw new DeliveryException("views.open", response.getError(), null);
            }
        } catch (SlackApiException e) {
            throw new DeliveryException("views.open", "HTTP " + e.getResponse().code(), e);
        } catch (IOException e) {
            throw new DeliveryException("views.open", e.getClass().getSimpleName(), e);
        }
    }

    /** Posts an ephemeral reply to the person who triggered {@code responseUrl}. */
    public void respondEphemeral(String responseUrl, SlackMessage message) {
        respondEphemeral(responseUrl, message.text(), blocksJson(message));
    }

    /** Posts an ephemeral reply, given as fallback text and Block Kit JSON. */
    public void respondEphemeral(String responseUrl, String text, String blocksJson) {
        ObjectNode body = json.createObjectNode();
        body.put("response_type", "ephemeral");
        body.put("replace_original", false);
        body.put("text", text);
        try {
            body.set("blocks", json.readTree(blocksJson));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read blocks", e);
        }
        postResponseUrl(responseUrl, body.toString());
    }

    private void postResponseUrl(String responseUrl, String body) {
        URI uri;
        try {
            uri = URI.create(responseUrl);
        } catch (IllegalArgumentException e) {
            throw new DeliveryException("response_url", "malformed response_url", e);
        }
        // A payload is signed by Slack, but its response_url is still only followed to Slack (or SLACK_API_URL's
        // host): never to an address a crafted payload names, and never through a redirect.
        if (!responseUrlOrigins.contains(origin(uri))) {
            throw new DeliveryException("response_url", "response_url host not allowed", null);
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = http.send(request,
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() == 200) {
                    return;
                }
                Optional<String> retryAfter = response.headers().firstValue("Retry-After");
                boolean retriable = response.statusCode() == 429 || response.statusCode() >= 500;
                if (!retriable || attempt >= MAX_ATTEMPTS) {
                    throw new DeliveryException("response_url", "HTTP " + response.statusCode(), null);
                }
                pause("response_url", attempt, retryAfter.orElse(null));
            } catch (IOException e) {
                // Only a refused connection is retried: after anything later the reply may have been shown, and
                // a missing notice beats a doubled one.
                if (!(e instanceof java.net.ConnectException) || attempt >= MAX_ATTEMPTS) {
                    throw new DeliveryException("response_url", e.getClass().getSimpleName(), e);
                }
                pause("response_url", attempt, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeliveryException("response_url", "interrupted", e);
            }
        }
    }

    private <T extends SlackApiTextResponse> T call(String method, ApiCall<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                T response = call.call();
                if (response.isOk()) {
                    return response;
                }
                if ("ratelimited".equals(response.getError()) && attempt < MAX_ATTEMPTS) {
                    pause(method, attempt, null);
                    continue;
                }
                throw new DeliveryException(method, response.getError(), null);
            } catch (SlackApiException e) {
                int status = e.getResponse().code();
                boolean retriable = status == 429 || status >= 500;
                if (!retriable || attempt >= MAX_ATTEMPTS) {
                    throw new DeliveryException(method, "HTTP " + status, e);
                }
                pause(method, attempt, e.getResponse().header("Retry-After"));
            } catch (IOException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw new DeliveryException(method, e.getClass().getSimpleName(), e);
                }
                pause(method, attempt, null);
            }
        }
    }

    private void pause(String method, int attempt, String retryAfter) {
        Duration wait = backoff(attempt, retryAfter);
        log.warn("{} attempt {} failed; retrying in {} ms", method, attempt, wait.toMillis());
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException(method, "interrupted", e);
        }
    }

    /** Slack's Retry-After (seconds) when given, capped; otherwise exponential backoff from 250 ms. */
    static Duration backoff(int attempt, String retryAfter) {
        if (retryAfter != null && retryAfter.strip().matches("\\d{1,18}")) {
            long seconds = Long.parseLong(retryAfter.strip());
            return seconds > MAX_RETRY_AFTER.toSeconds() ? MAX_RETRY_AFTER : Duration.ofSeconds(seconds);
        }
        if (retryAfter != null && retryAfter.strip().matches("\\d{19,}")) {
            return MAX_RETRY_AFTER;
        }
        return Duration.ofMillis(250L << Math.min(attempt - 1, 5));
    }
}
