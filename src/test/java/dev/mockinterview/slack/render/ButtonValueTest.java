package dev.mockinterview.slack.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

@DisplayName("ButtonValue")
class ButtonValueTest {

    static Stream<Arguments> validPairs() {
        return Stream.of(
                Arguments.of(0L, "q"),
                Arguments.of(1L, "backend-senior-01-architecture-decision-scalability-issue"),
                Arguments.of(42L, "latency-budget-01"),
                Arguments.of(999_999_999_999_999_999L, "a1"),       // the largest 18-digit id
                Arguments.of(7L, "9-lives"),
                Arguments.of(7L, "a" + "-".repeat(99)),             // 100 chars: the bank's ID_MAX
                Arguments.of(7L, "x".repeat(100)));
    }

    @ParameterizedTest(name = "{0}:{1}")
    @MethodSource("validPairs")
    @DisplayName("round trip: of() then parse() gives back the session and question")
    void roundTrip(long sessionId, String questionId) {
        // given
        String value = ButtonValue.of(sessionId, questionId);

        // when
        Optional<ButtonValue> parsed = ButtonValue.parse(value);

        // then
        assertEquals(Optional.of(new ButtonValue(sessionId, questionId, null)), parsed);
        assertEquals(sessionId + ":" + questionId, value);
        assertTrue(value.length() <= BlockLimits.BUTTON_VALUE);

        // and with the question's place in the session
        String placed = ButtonValue.of(sessionId, questionId, 123_456_789);
        assertEquals(Optional.of(new ButtonValue(sessionId, questionId, 123_456_789)), ButtonValue.parse(placed));
        assertTrue(placed.length() <= BlockLimits.BUTTON_VALUE);
    }

    @Test
    @DisplayName("format: <sessionId>:<questionId>, as ActionIds documents")
    void format() {
        // given / when / then
        assertEquals("42:latency-budget-01", ButtonValue.of(42, "latency-budget-01"));
    }

    static Stream<String> malformedValues() {
        return Stream.of(
                "-1:q",                                  // negative session
                "1:-q",                                  // question id starting with a hyphen
                "abc:q", "1a:q", "0x1F:q", "1e3:q",      // letters in the session
                "1:Q", "1:Latency", "1:q_1", "1:q.1",    // characters a question id never has
                "1:q:extra", "1::q", "1:q:", ":1:q",     // extra colons
                "1:q:-2", "1:q:1:2", "1:q:1234567890",   // a place that is negative, doubled or too long
                "1", "1:", ":q", ":", "q",               // missing parts
                " 1:q", "1:q ", "1 :q", "1:q\n", "1:q\t", // whitespace, trailing newline
                "1234567890123456789:q",                 // 19 digits: longer than the format allows
                "99999999999999999999:q",                // would overflow a long
                "1:" + "x".repeat(101),                  // question id of 101 chars (bank max is 100)
                "1".repeat(5000) + ":q",                 // very long
                "1; DROP TABLE sessions;--",
                "1:q' OR '1'='1",
                "1:q;DELETE FROM answers",
                "1:q%00", "1:q\u0000",
                "\uFF11:q",                              // FULLWIDTH DIGIT ONE: Long.parseLong would accept it
                "\u0661:q",                              // ARABIC-INDIC DIGIT ONE
                "1:q\u00E9",                             // e acute
                "<@U123>:q", "1:<!channel>");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @MethodSource("malformedValues")
    @DisplayName("forged or malformed values parse to empty, never throw")
    void malformed(String value) {
        // given / when
        Optional<ButtonValue> parsed = ButtonValue.parse(value);

        // then
        assertEquals(Optional.empty(), parsed);
    }

    @Test
    @DisplayName("a leading-zero session id is accepted and normalised (harmless: same session)")
    void leadingZeros() {
        // given / when / then
        assertEquals(Optional.of(new ButtonValue(7, "q", null)), ButtonValue.parse("007:q"));
        assertEquals(Optional.of(new ButtonValue(7, "q", 3)), ButtonValue.parse("007:q:3"));
    }
}
