package dev.mockinterview.daily;

/** A daily-question request the rules refuse; the message says why and what would work. */
public final class DailyException extends RuntimeException {

    /** Why a request was refused. */
    public enum Reason { NOT_ALLOWED, NO_SCHEDULE, EMPTY_CATEGORY, NOT_FOUND }

    private final Reason reason;

    public DailyException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
