/**
 * Spaced repetition of questions: {@link dev.mockinterview.review.Sm2Scheduler} (SuperMemo SM-2 combined with the
 * answer's feedback score) and {@link dev.mockinterview.review.ReviewQueue} (what to ask today). Domain code: it
 * depends only on {@code java.*}, takes {@code today} as an argument and keeps no static mutable state.
 */
package dev.mockinterview.review;
