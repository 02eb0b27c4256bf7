package dev.mockinterview.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Suggest")
class SuggestTest {
    private static final List<String> COMMANDS = List.of("serve", "practice", "validate", "help");

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({
            "valdate, validate",
            "validat, validate",
            "VALIDATE, validate",
            "'  practise  ', practice",
            "prcatice, practice",
            "serv, serve",
            "hepl, help",
    })
    @DisplayName("suggests the closest known word for a likely typo, ignoring case and spaces")
    void typos(String input, String expected) {
        // when
        Optional<String> suggestion = Suggest.closest(input, COMMANDS);

        // then
        assertEquals(Optional.of(expected), suggestion);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({"xyzzyplugh", "qqqq", "''", "h", "deploy-to-production"})
    @DisplayName("suggests nothing for input unlike every known word")
    void gibberish(String input) {
        // when
        Optional<String> suggestion = Suggest.closest(input, COMMANDS);

        // then
        assertEquals(Optional.empty(), suggestion);
    }

    @Test
    @DisplayName("allows more edits for longer words: max(2, length / 3)")
    void allowanceGrowsWithLength() {
        // given: 3 edits away from a 9-letter and from a 4-letter word
        List<String> known = List.of("interview", "abcd");

        // when / then
        assertEquals(Optional.of("interview"), Suggest.closest("intxrvxxw", known));
        assertEquals(Optional.empty(), Suggest.closest("xbxx", List.of("abcd")));
        assertEquals(Optional.of("abcd"), Suggest.closest("xbxd", List.of("abcd")));
    }

    @Test
    @DisplayName("returns the known word as spelled in the list, and the first of equally close words")
    void keepsSpellingAndOrder() {
        // when / then
        assertEquals(Optional.of("System-Design"), Suggest.closest("system-desing", List.of("System-Design")));
        assertEquals(Optional.of("cat"), Suggest.closest("bat", List.of("cat", "hat")));
        assertEquals(Optional.of("hat"), Suggest.closest("bat", List.of("hat", "cat")));
    }

    @Test
    @DisplayName("suggests nothing when there are no known words")
    void noKnownWords() {
        assertEquals(Optional.empty(), Suggest.closest("help", List.of()));
    }

    @ParameterizedTest(name = "distance(\"{0}\", \"{1}\") = {2}")
    @CsvSource({
            "'', '', 0",
            "'', abc, 3",
            "abc, '', 3",
            "kitten, sitting, 3",
            "flaw, lawn, 2",
            "start, strat, 2",
            "same, same, 0",
    })
    @DisplayName("distance is the Levenshtein edit distance")
    void levenshtein(String a, String b, int expected) {
        assertEquals(expected, Suggest.distance(a, b));
        assertEquals(expected, Suggest.distance(b, a), "symmetric");
    }
}
