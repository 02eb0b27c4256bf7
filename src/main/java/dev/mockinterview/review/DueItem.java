package dev.mockinterview.review;

import java.time.LocalDate;
import java.util.Objects;

/** A question in the user's review schedule and the day it is (or was) due. */
public record DueItem(String questionId, LocalDate dueOn) {
    public DueItem {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(dueOn, "dueOn");
    }
}
