package dev.mockinterview.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.mockinterview.interview.Category;
import dev.mockinterview.slack.CommandText.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("CommandText")
class CommandTextTest {

    @ParameterizedTest(name = "\"{0}\"")
    @NullSource
    @ValueSource(strings = {"", "   ", "start", "START", " Start ", "resume", "Resume"})
    @DisplayName("empty text, start and resume start or resume with no category")
    void start(String text) {
        // when
        CommandText c = CommandText.parse(text);

        // then
        assertEquals(Kind.START, c.kind());
        assertNull(c.category());
        assertNull(c.suggestion());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"help", "HELP", " Help ", "?"})
    @DisplayName("help and ? ask for help")
    void help(String text) {
        // when
        CommandText c = CommandText.parse(text);

        // then
        assertEquals(Kind.HELP, c.kind());
        assertNull(c.category());
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({
            "behavioral, BEHAVIORAL",
            "Behavioral, BEHAVIORAL",
            "LEADERSHIP, LEADERSHIP",
            "situational, SITUATIONAL",
            "technical, TECHNICAL",
            "system-design, SYSTEM_DESIGN",
            "System Design, SYSTEM_DESIGN",
            "SYSTEM_DESIGN, SYSTEM_DESIGN",
            "'  system design  ', SYSTEM_DESIGN",
    })
    @DisplayName("a category slug in any case (spaces or underscores for the hyphen) starts in that category")
    void category(String text, Category expected) {
        // when
        CommandText c = CommandText.parse(text);

        // then
        assertEquals(Kind.START, c.kind());
        assertEquals(expected, c.category());
        assertEquals(text.strip(), c.input());
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({
            "behavoiral, behavioral",
            "leadrship, leadership",
            "system-desing, system-design",
            "tecnical, technical",
            "strat, start",
            "hlep, help",
    })
    @DisplayName("a typo is unknown, with the closest valid command as the suggestion")
    void typo(String text, String suggestion) {
        // when
        CommandText c = CommandText.parse(text);

        // then
        assertEquals(Kind.UNKNOWN, c.kind());
        assertNull(c.category());
        assertEquals(suggestion, c.suggestion());
        assertEquals(text, c.input());
    }

    @Test
    @DisplayName("gibberish is unknown with no suggestion, and the input is kept as typed (stripped)")
    void gibberish() {
        // when
        CommandText c = CommandText.parse("  Qwzx Plorp  ");

        // then
        assertEquals(Kind.UNKNOWN, c.kind());
        assertNull(c.suggestion());
        assertEquals("Qwzx Plorp", c.input());
    }
}
