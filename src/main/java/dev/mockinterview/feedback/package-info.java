/**
 * Deterministic, local feedback on interview answers: {@link dev.mockinterview.feedback.AnswerScorer} scores an
 * answer against its question's material (key points, terminology, answer framework, common mistakes) on coverage,
 * structure, quantified impact, common mistakes and length. Domain code: it depends only on {@code java.*} and
 * {@code dev.mockinterview.interview}, reads no clock and keeps no static mutable state.
 */
package dev.mockinterview.feedback;
