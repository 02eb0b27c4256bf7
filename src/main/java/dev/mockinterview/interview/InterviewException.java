package dev.mockinterview.interview;

/** A request the interview rules refuse. Adapters turn the {@link Reason} into words for their medium. */
public final class InterviewException extends RuntimeException {

    /** Why a request was refused. */
    public enum Reason {
        /** The session belongs to another user. */
        NOT_OWNER,
        /** No such session. */
        NO_SESSION,
        /** No such answer (or other record). */
        NOT_FOUND,
        /** The session has ended. */
        SESSION_ENDED,
        /** The request is about a question that is no longer the session's current one. */
        STALE_QUESTION,
        /** The question is no longer in the bank. */
        QUESTION_GONE,
        /** The chosen category has no questions. */
        EMPTY_CATEGORY,
        /** The answer text is empty. */
        EMPTY_ANSWER,
        /** The user has had their daily number of questions. */
        DAILY_CAP_REACHED,
        /** A setting's value is out of range. */
        INVALID_SETTING,
        /** No questions in the bank for the role (and level) asked for. */
        UNKNOWN_ROLE
    }

    private final Reason reason;

    public InterviewException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
