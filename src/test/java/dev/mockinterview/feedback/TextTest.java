package dev.mockinterview.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Text (tokenizer)")
class TextTest {

    private static List<String> words(String s) {
        return Text.of(s).tokens().stream().map(Text.Token::raw).toList();
    }

    @Test
    @DisplayName("hyphens and slashes separate words; decimals, apostrophes, A/B and N+1 stay whole")
    void words() {
        assertEquals(List.of("dead", "letter", "queue", "i'd", "run", "ab", "tests", "on", "2.5", "10,000",
                "users", "n1", "queries", "io"),
                words("Dead-letter queue: I’d run A/B tests on 2.5/10,000 users (N+1 queries, I/O)."));
    }

    @Test
    @DisplayName("sentences end at . ! ? and line breaks, not after e.g., decimals or list numbers")
    void sentences() {
        // given
        Text t = Text.of("We used caches, e.g. Redis, at 1.5 ms. Did it work? Yes!\n1. Then more\nand more");

        // when
        List<Integer> sentenceOfEachWord = t.tokens().stream().map(Text.Token::sentence).toList();

        // then
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 3, 3, 3, 4, 4), sentenceOfEachWord);
    }
}
