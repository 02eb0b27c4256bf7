package dev.mockinterview.slack.http;

/** What {@code GET /healthz} answers; the composition root decides what makes the bot healthy. */
public interface HealthCheck {

    /** The result, with the JSON body to serve: 200 when ok, 503 otherwise. */
    record Status(boolean ok, String json) {
    }

    Status check();
}
