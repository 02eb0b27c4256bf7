package dev.mockinterview.e2e;

/** How Slack reaches the bot in an end-to-end test: signed HTTP requests, or envelopes over a Socket Mode WebSocket. */
enum Transport {
    /** The bot serves {@code /slack/events}; the test posts signed requests shaped like Slack's. */
    HTTP,
    /**
     * The bot has an app token and connects to a {@link dev.mockinterview.testutil.FakeSocketMode}; the test sends
     * the same payloads as envelopes (events with {@code retry_attempt: 0} on their first delivery) and waits for
     * the acks.
     */
    SOCKET_MODE
}
