package dev.mockinterview.testutil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("FakeSlack")
class FakeSlackTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String NON_ASCII = "\u00e9 \uD83C\uDF89"; // "é 🎉"
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String BLOCKS = "[{\"type\":\"section\",\"block_id\":\"q\","
            + "\"text\":{\"type\":\"mrkdwn\",\"text\":\"*Question* " + NON_ASCII + "\"}}]";

    private FakeSlack slack;

    @BeforeEach
    void start() {
        slack = new FakeSlack();
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    @DisplayName("a form-encoded call is parsed, recorded and answered like chat.postMessage")
    void formRoundTrip() throws Exception {
        // given
        String body = "channel=C123&text=" + enc("Hi " + NON_ASCII) + "&blocks=" + enc(BLOCKS);

        // when
        HttpResponse<String> res = api("chat.postMessage", FORM, body);

        // then
        assertEquals(200, res.statusCode());
        assertEquals("application/json; charset=utf-8", res.headers().firstValue("Content-Type").orElse(""));
        JsonNode json = MAPPER.readTree(res.body());
        assertTrue(json.path("ok").asBoolean(), res.body());
        assertEquals("C123", json.path("channel").asText());
        assertEquals("1700000000.000100", json.path("ts").asText());
        assertEquals("Hi " + NON_ASCII, json.at("/message/text").asText());
        assertEquals("q", json.at("/message/blocks/0/block_id").asText());

        FakeSlack.Call call = slack.await("chat.postMessage", c -> "C123".equals(c.param("channel")), WAIT);
        assertEquals("Hi " + NON_ASCII, call.param("text"));
        assertEquals("*Question* " + NON_ASCII, call.json("blocks").at("/0/text/text").asText());
        assertEquals("Bearer xoxb-test", call.authorization());
        assertEquals("xoxb-test", call.token());
        assertEquals(FORM, call.contentType());
        assertEquals(body, call.body());
        assertEquals(200, call.status());
        assertTrue(call.answerJson().path("ok").asBoolean());
        assertTrue(call.json("thread_ts").isMissingNode());
        assertNull(call.name());
        assertTrue(call.receivedAt() != null);
        assertThrows(UnsupportedOperationException.class, () -> call.params().put("x", "y"));
    }

    @Test
    @DisplayName("each posted message gets a unique, increasing ts")
    void tsIncreases() throws Exception {
        // when
        String ts1 = MAPPER.readTree(api("chat.postMessage", FORM, "channel=C1&text=a").body()).path("ts").asText();
        String ts2 = MAPPER.readTree(api("chat.postMessage", FORM, "channel=C1&text=b").body()).path("ts").asText();
        String ts3 = MAPPER.readTree(api("chat.postEphemeral", FORM, "channel=C1&user=U1&text=c").body())
                .path("message_ts").asText();

        // then
        assertTrue(Double.parseDouble(ts1) < Double.parseDouble(ts2), ts1 + " < " + ts2);
        assertTrue(ts2.compareTo(ts3) < 0, ts2 + " < " + ts3);
        assertTrue(ts3.matches("\\d{10}\\.\\d{6}"), ts3);
    }

    @Test
    @DisplayName("a JSON call is parsed as UTF-8 (even without a charset), top-level fields become params")
    void jsonRoundTrip() throws Exception {
        // given
        String body = "{\"channel\":\"C9\",\"text\":\"" + NON_ASCII + "\",\"unfurl_links\":false,"
                + "\"thread_ts\":null,\"blocks\":" + BLOCKS + "}";

        // when
        HttpResponse<String> res = api("chat.postMessage", "application/json", body);

        // then
        assertTrue(MAPPER.readTree(res.body()).path("ok").asBoolean(), res.body());
        FakeSlack.Call call = slack.await("chat.postMessage", WAIT);
        assertEquals(NON_ASCII, call.param("text"));
        assertEquals("false", call.param("unfurl_links"));
        assertFalse(call.params().containsKey("thread_ts"), "JSON null is left out");
        assertEquals("section", call.json("blocks").at("/0/type").asText());
        assertEquals("C9", call.bodyJson().path("channel").asText());
    }

    @Test
    @DisplayName("a queued 429 with Retry-After answers once, then the default answer returns")
    void queuedRateLimit() throws Exception {
        // given
        slack.enqueue("chat.postMessage", 429, Map.of("Retry-After", "1"), "{\"ok\":false,\"error\":\"ratelimited\"}");

        // when
        HttpResponse<String> first = api("chat.postMessage", FORM, "channel=C1&text=a");
        HttpResponse<String> second = api("chat.postMessage", FORM, "channel=C1&text=a");

        // then
        assertEquals(429, first.statusCode());
        assertEquals("1", first.headers().firstValue("Retry-After").orElse(""));
        assertEquals("ratelimited", MAPPER.readTree(first.body()).path("error").asText());
        assertEquals(200, second.statusCode());
        assertTrue(MAPPER.readTree(second.body()).path("ok").asBoolean());
        List<FakeSlack.Call> calls = slack.awaitCount("chat.postMessage", c -> true, 2, WAIT);
        assertEquals(List.of(429, 200), calls.stream().map(FakeSlack.Call::status).toList());
    }

    @Test
    @DisplayName("queued answers are used in order and only for their method")
    void queuedInOrder() throws Exception {
        // given
        slack.enqueueError("conversations.join", "not_in_channel");
        slack.enqueue("conversations.join", 500, Map.of(), "");

        // when
        HttpResponse<String> info = api("conversations.info", FORM, "channel=C1");
        HttpResponse<String> first = api("conversations.join", FORM, "channel=C1");
        HttpResponse<String> second = api("conversations.join", FORM, "channel=C1");
        HttpResponse<String> third = api("conversations.join", FORM, "channel=C1");

        // then
        assertTrue(MAPPER.readTree(info.body()).path("ok").asBoolean());
        assertEquals("not_in_channel", MAPPER.readTree(first.body()).path("error").asText());
        assertEquals(200, first.statusCode());
        assertEquals(500, second.statusCode());
        assertTrue(MAPPER.readTree(third.body()).path("ok").asBoolean());
        assertEquals(3, slack.calls("conversations.join").size());
    }

    @Test
    @DisplayName("blocks over a Block Kit limit are recorded as a violation and rejected with invalid_blocks")
    void invalidBlocksRejected() throws Exception {
        // given
        String blocks = "[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"" + "x".repeat(3001)
                + "\"}}]";

        // when
        HttpResponse<String> res = api("chat.postMessage", FORM, "channel=C1&text=t&blocks=" + enc(blocks));

        // then
        assertEquals(200, res.statusCode());
        JsonNode json = MAPPER.readTree(res.body());
        assertFalse(json.path("ok").asBoolean());
        assertEquals("invalid_blocks", json.path("error").asText());
        assertEquals("[ERROR] blocks[0].text.text: 3001 chars > 3000",
                json.at("/response_metadata/messages/0").asText());
        assertEquals(List.of("chat.postMessage: blocks[0].text.text: 3001 chars > 3000"), slack.violations());
        assertEquals(List.of("blocks[0].text.text: 3001 chars > 3000"),
                slack.await("chat.postMessage", WAIT).violations());
        assertThrows(AssertionError.class, slack::assertNoViolations);
    }

    @Test
    @DisplayName("text over 40,000 chars is msg_too_long; a view title over 24 chars is invalid_arguments")
    void textAndViewLimits() throws Exception {
        // given
        String view = "{\"type\":\"modal\",\"title\":{\"type\":\"plain_text\",\"text\":\"" + "t".repeat(25)
                + "\"},\"blocks\":[]}";

        // when
        HttpResponse<String> text = api("chat.update", FORM, "channel=C1&ts=1.2&text=" + "x".repeat(40_001));
        HttpResponse<String> open = api("views.open", FORM, "trigger_id=1.2.3&view=" + enc(view));

        // then
        assertEquals("msg_too_long", MAPPER.readTree(text.body()).path("error").asText());
        assertEquals("invalid_arguments", MAPPER.readTree(open.body()).path("error").asText());
        assertEquals(List.of("chat.update: text: 40001 chars > 40000 (msg_too_long)",
                "views.open: view.title.text: 25 chars > 24"), slack.violations());
    }

    @Test
    @DisplayName("response_url posts are recorded with their name; bad blocks there get 400 invalid_blocks")
    void responseUrl() throws Exception {
        // given
        String url = slack.responseUrl("cmd-1");
        String good = "{\"replace_original\":true,\"text\":\"" + NON_ASCII + "\",\"blocks\":" + BLOCKS + "}";
        String bad = "{\"text\":\"t\",\"blocks\":[{\"type\":\"nope\"}]}";

        // when
        HttpResponse<String> ok = post(url, "application/json; charset=utf-8", good, Map.of());
        HttpResponse<String> rejected = post(slack.responseUrl("cmd-2"), "application/json", bad, Map.of());

        // then
        assertTrue(url.matches("http://127\\.0\\.0\\.1:\\d+/response/cmd-1"), url);
        assertEquals(200, ok.statusCode());
        assertEquals("ok", ok.body());
        assertEquals(400, rejected.statusCode());
        assertEquals("invalid_blocks", rejected.body());
        FakeSlack.Call call = slack.await(FakeSlack.RESPONSE_URL, c -> "cmd-1".equals(c.name()), WAIT);
        assertEquals("true", call.param("replace_original"));
        assertEquals(NON_ASCII, call.param("text"));
        assertEquals("q", call.json("blocks").at("/0/block_id").asText());
        assertEquals(List.of("response_url: blocks[0].type: unknown block type 'nope'"), slack.violations());
    }

    @Test
    @DisplayName("await blocks until a matching call arrives, then returns it")
    void awaitWakesUp() throws Exception {
        // given
        CompletableFuture<FakeSlack.Call> waiting = CompletableFuture.supplyAsync(
                () -> slack.await("chat.update", c -> "42.1".equals(c.param("ts")), Duration.ofSeconds(10)));
        api("chat.update", FORM, "channel=C1&ts=41.1&text=other");
        assertFalse(waiting.isDone(), "no matching call yet");

        // when
        api("chat.update", FORM, "channel=C1&ts=42.1&text=mine");

        // then
        FakeSlack.Call call = waiting.get(5, TimeUnit.SECONDS);
        assertEquals("mine", call.param("text"));
    }

    @Test
    @DisplayName("await times out with an AssertionError listing the calls it saw")
    void awaitTimesOut() throws Exception {
        // given
        api("chat.postMessage", FORM, "channel=C1&text=seen");

        // when
        AssertionError e = assertThrows(AssertionError.class,
                () -> slack.await("chat.update", Duration.ofMillis(200)));

        // then
        assertTrue(e.getMessage().contains("chat.update"), e.getMessage());
        assertTrue(e.getMessage().contains("chat.postMessage {channel=C1, text=seen}"), e.getMessage());
    }

    @Test
    @DisplayName("assertNoCall passes over a quiet window and fails when a matching call was made")
    void assertNoCall() throws Exception {
        // given
        api("chat.postMessage", FORM, "channel=C1&text=a");

        // when / then
        slack.assertNoCall("chat.postMessage", c -> "C2".equals(c.param("channel")), Duration.ofMillis(100));
        assertThrows(AssertionError.class,
                () -> slack.assertNoCall("chat.postMessage", c -> true, Duration.ofMillis(100)));
    }

    @Test
    @DisplayName("default answers: auth.test, conversations.open, users.info (overridable), views, info, join")
    void defaultAnswers() throws Exception {
        // given
        slack.setUser("UADMIN", "America/New_York", true, true);

        // when
        JsonNode auth = MAPPER.readTree(api("auth.test", FORM, "").body());
        JsonNode open = MAPPER.readTree(api("conversations.open", FORM, "users=U123").body());
        JsonNode user = MAPPER.readTree(api("users.info", FORM, "user=U123").body());
        JsonNode admin = MAPPER.readTree(api("users.info", FORM, "user=UADMIN").body());
        JsonNode info = MAPPER.readTree(api("conversations.info", FORM, "channel=C5").body());
        JsonNode join = MAPPER.readTree(api("conversations.join", FORM, "channel=C5").body());
        JsonNode update = MAPPER.readTree(api("chat.update", FORM, "channel=C5&ts=1.5&text=x").body());
        JsonNode publish = MAPPER.readTree(api("views.publish", FORM,
                "user_id=U123&view=" + enc("{\"type\":\"home\",\"blocks\":[]}")).body());
        JsonNode opened = MAPPER.readTree(api("views.open", FORM,
                "trigger_id=1.2&view=" + enc("{\"type\":\"modal\",\"title\":{\"type\":\"plain_text\","
                        + "\"text\":\"Hi\"},\"blocks\":[],\"private_metadata\":\"pm\"}")).body());
        JsonNode updated = MAPPER.readTree(api("views.update", FORM, "view_id=V77&view="
                + enc("{\"type\":\"modal\",\"title\":{\"type\":\"plain_text\",\"text\":\"Hi\"},\"blocks\":[]}"))
                .body());
        JsonNode unknown = MAPPER.readTree(api("chat.frobnicate", FORM, "").body());

        // then
        assertTrue(auth.path("ok").asBoolean());
        assertEquals("T0001", auth.path("team_id").asText());
        assertEquals("UBOT", auth.path("user_id").asText());
        assertEquals("BBOT", auth.path("bot_id").asText());
        assertTrue(auth.path("url").asText().startsWith("https://"));
        assertEquals("DU123", open.at("/channel/id").asText());
        assertEquals("U123", user.at("/user/id").asText());
        assertEquals("Europe/Berlin", user.at("/user/tz").asText());
        assertFalse(user.at("/user/is_admin").asBoolean(true));
        assertFalse(user.at("/user/is_owner").asBoolean(true));
        assertEquals("America/New_York", admin.at("/user/tz").asText());
        assertTrue(admin.at("/user/is_admin").asBoolean());
        assertTrue(admin.at("/user/is_owner").asBoolean());
        assertTrue(info.at("/channel/is_member").asBoolean());
        assertTrue(join.path("ok").asBoolean());
        assertEquals("1.5", update.path("ts").asText());
        assertEquals("C5", update.path("channel").asText());
        assertTrue(publish.at("/view/id").asText().startsWith("V"));
        assertEquals("home", publish.at("/view/type").asText());
        assertEquals("pm", opened.at("/view/private_metadata").asText());
        assertFalse(opened.at("/view/id").asText().isEmpty());
        assertEquals("V77", updated.at("/view/id").asText());
        assertEquals("unknown_method", unknown.path("error").asText());
        slack.assertNoViolations();
    }

    @Test
    @DisplayName("a Web API call without a token is not_authed")
    void notAuthed() throws Exception {
        // when
        HttpResponse<String> res = post(slack.apiUrl() + "auth.test", FORM, "", Map.of());

        // then
        assertEquals("not_authed", MAPPER.readTree(res.body()).path("error").asText());
        assertNull(slack.await("auth.test", WAIT).authorization());
    }

    @Test
    @DisplayName("reset clears calls, violations and queued answers")
    void reset() throws Exception {
        // given
        api("chat.postMessage", FORM, "channel=C1&text=t&blocks=" + enc("[{\"type\":\"bogus\"}]"));
        slack.enqueueError("auth.test", "invalid_auth");

        // when
        slack.reset();
        HttpResponse<String> auth = api("auth.test", FORM, "");

        // then
        assertTrue(MAPPER.readTree(auth.body()).path("ok").asBoolean(), auth.body());
        assertEquals(1, slack.calls().size());
        assertEquals(List.of(), slack.violations());
        assertEquals(List.of(), slack.calls("chat.postMessage"));
    }

    @Test
    @DisplayName("close stops the server promptly")
    void closeStops() {
        // given
        String url = slack.apiUrl() + "auth.test";
        assertTrue(url.matches("http://127\\.0\\.0\\.1:\\d+/api/auth\\.test"), url);
        assertEquals(slack.port(), URI.create(url).getPort());

        // when
        long start = System.nanoTime();
        slack.close();
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        // then
        assertTrue(tookMs < 2000, "close took " + tookMs + " ms");
        assertThrows(IOException.class, () -> post(url, FORM, "", Map.of("Authorization", "Bearer x")));
    }

    @Test
    @DisplayName("conversations.history and .replies give back what was posted, its metadata with include_all_metadata")
    void historyWithMetadata() throws Exception {
        // given a tagged message in a DM and a tagged reply in its thread
        String tag = enc("{\"event_type\":\"mockinterview_message\","
                + "\"event_payload\":{\"msg_id\":\"action:U1:1.2#1/1\"}}");
        String parent = MAPPER.readTree(api("chat.postMessage", FORM, "channel=DU1&text=q&metadata=" + tag).body())
                .path("ts").asText();
        String replyTag = enc("{\"event_type\":\"mockinterview_message\",\"event_payload\":{\"msg_id\":\"r#1/1\"}}");
        api("chat.postMessage", FORM, "channel=DU1&text=r&thread_ts=" + parent + "&metadata=" + replyTag);

        // when the history is read with and without include_all_metadata, and the thread with it
        JsonNode with = MAPPER.readTree(api("conversations.history", FORM,
                "channel=DU1&limit=100&include_all_metadata=true").body());
        JsonNode without = MAPPER.readTree(api("conversations.history", FORM, "channel=DU1&limit=100").body());
        JsonNode thread = MAPPER.readTree(api("conversations.replies", FORM,
                "channel=DU1&ts=" + parent + "&include_all_metadata=1").body());

        // then the channel's history holds the top-level message with its tag, the reply only in its thread
        assertEquals(1, with.path("messages").size(), with.toString());
        assertEquals(parent, with.at("/messages/0/ts").asText());
        assertEquals("mockinterview_message", with.at("/messages/0/metadata/event_type").asText());
        assertEquals("action:U1:1.2#1/1", with.at("/messages/0/metadata/event_payload/msg_id").asText());
        assertTrue(without.at("/messages/0/metadata").isMissingNode(), without.toString());
        assertEquals(2, thread.path("messages").size(), thread.toString());
        assertEquals("r#1/1", thread.at("/messages/1/metadata/event_payload/msg_id").asText());
    }

    @Test
    @DisplayName("callsFrom gives the calls recorded from a position on")
    void callsFrom() throws Exception {
        // given two calls
        api("auth.test", FORM, "");
        api("chat.postMessage", FORM, "channel=C1&text=t");

        // when read from positions 0, 1 and 2
        // then
        assertEquals(2, slack.callsFrom(0).size());
        assertEquals("chat.postMessage", slack.callsFrom(1).get(0).method());
        assertEquals(List.of(), slack.callsFrom(2));
    }

    // ------------------------------------------------------------------------------------------ helpers

    private HttpResponse<String> api(String method, String contentType, String body) throws Exception {
        return post(slack.apiUrl() + method, contentType, body, Map.of("Authorization", "Bearer xoxb-test"));
    }

    private static HttpResponse<String> post(String url, String contentType, String body,
                                             Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)));
        headers.forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
