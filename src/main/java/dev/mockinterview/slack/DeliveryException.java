package dev.mockinterview.slack;

/** A Slack Web API call or response_url post failed for good, after the retries allowed. */
public final class DeliveryException extends RuntimeException {
    private final String error;

    public DeliveryException(String method, String error, Throwable cause) {
        super(method + " failed: " + error, cause);
        this.error = error;
    }

    /** Slack's error code (e.g. {@code channel_not_found}) or a transport description. */
    public String error() {
        return error;
    }
}
