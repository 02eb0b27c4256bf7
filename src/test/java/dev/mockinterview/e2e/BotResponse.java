package dev.mockinterview.e2e;

import java.net.http.HttpResponse;

/**
 * What Slack got back for one delivery, whichever the transport: over HTTP the response's status and body; over
 * Socket Mode 200 once the envelope is acked, with the ack's {@code payload} as JSON text for the body ("" when the
 * ack carries none, as Bolt's empty HTTP 200 has no body).
 */
record BotResponse(int statusCode, String body) {

    static BotResponse of(HttpResponse<String> http) {
        return new BotResponse(http.statusCode(), http.body());
    }
}
