package dev.mockinterview.slack.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Mrkdwn")
class MrkdwnTest {

    private static final String EMOJI = "\uD83D\uDE42"; // 🙂, one code point, two UTF-16 units
    private static final Pattern AMPERSAND = Pattern.compile("&");
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt);");

    // ------------------------------------------------------------------------------------------------- escape

    @Test
    @DisplayName("escape: &, < and > become entities, & first so nothing is double-escaped")
    void escape() {
        // given
        String text = "p99 <30ms & <!channel> <@U123> <https://x.io|click> a->b";

        // when
        String escaped = Mrkdwn.escape(text);

        // then
        assertEquals("p99 &lt;30ms &amp; &lt;!channel&gt; &lt;@U123&gt; &lt;https://x.io|click&gt; a-&gt;b", escaped);
    }

    @Test
    @DisplayName("escape: text that already looks escaped is escaped again, so it displays exactly as written")
    void escapeLiteralEntity() {
        // given / when / then
        assertEquals("&amp;lt;30ms", Mrkdwn.escape("&lt;30ms"));
        assertEquals("plain text, *bold* _it_ `code` 🙂", Mrkdwn.escape("plain text, *bold* _it_ `code` 🙂"));
    }

    // ----------------------------------------------------------------------------------------------- fromBank

    @Test
    @DisplayName("fromBank: **bold** becomes *bold*, several per line, after escaping")
    void fromBankBold() {
        // given
        String text = "**Situation:** p99 <30ms & **Task:** keep it";

        // when
        String out = Mrkdwn.fromBank(text);

        // then
        assertEquals("*Situation:* p99 &lt;30ms &amp; *Task:* keep it", out);
    }

    @Test
    @DisplayName("fromBank: unpaired ** and single * are left alone; bold does not span lines")
    void fromBankUnpaired() {
        // given / when / then
        assertEquals("a ** b", Mrkdwn.fromBank("a ** b"));
        assertEquals("2*3 = 6", Mrkdwn.fromBank("2*3 = 6"));
        assertEquals("**a\nb**", Mrkdwn.fromBank("**a\nb**"));
        assertEquals("*&lt;b&gt;*", Mrkdwn.fromBank("**<b>**"));
    }

    // ------------------------------------------------------------------------------------------------ bullets

    @Test
    @DisplayName("bullets: one '• ' line per item, each escaped and bold-converted, no trailing newline")
    void bullets() {
        // given
        List<String> items = List.of("**Latency** budget", "Hit ratio & <TTL>", "Plain");

        // when
        String out = Mrkdwn.bullets(items);

        // then
        assertEquals("• *Latency* budget\n• Hit ratio &amp; &lt;TTL&gt;\n• Plain", out);
        assertEquals("", Mrkdwn.bullets(List.of()));
    }

    // -------------------------------------------------------------------------------------------------- quote

    @Test
    @DisplayName("quote: every line, blank ones included, becomes an escaped block-quote line")
    void quote() {
        // given
        String answer = "First <!channel>\n\nThen & <@U123>\n";

        // when
        String out = String.join("\n", Mrkdwn.quotedChunks(answer, 3000));

        // then
        assertEquals("&gt; First &lt;!channel&gt;\n&gt; \n&gt; Then &amp; &lt;@U123&gt;\n&gt; ", out);
        assertEquals("&gt; one line", String.join("\n", Mrkdwn.quotedChunks("one line", 3000)));
    }

    @Test
    @DisplayName("quote: a line the user starts with '>' stays text inside the quote")
    void quoteOfQuote() {
        // given / when / then
        assertEquals("&gt; &gt; not a nested quote", String.join("\n", Mrkdwn.quotedChunks("> not a nested quote", 3000)));
    }

    @Test
    @DisplayName("quotedChunks: a line longer than a section continues as a quote in the next section")
    void quotedChunksOfLongLine() {
        // given
        String line = "word ".repeat(1500) + "🎉 & <!here>";

        // when
        List<String> sections = Mrkdwn.quotedChunks(line + "\nsecond line", 3000);

        // then
        assertTrue(sections.size() >= 3, "split: " + sections.size());
        StringBuilder rejoined = new StringBuilder();
        for (String section : sections) {
            assertTrue(section.length() <= 3000, "section of " + section.length());
            section.lines().forEach(l -> assertTrue(l.startsWith("&gt; "), "unquoted line: " + l));
            section.lines().forEach(l -> rejoined.append(l.substring(5)).append(' '));
        }
        String flat = rejoined.toString().replaceAll("\\s+", " ").strip();
        assertEquals(Mrkdwn.escape(line + " second line").replaceAll("\\s+", " ").strip(), flat);
    }

    // ------------------------------------------------------------------------------------------------- chunks

    @Test
    @DisplayName("chunks: text within the limit is one chunk, unchanged; empty text is one empty chunk")
    void chunksShort() {
        // given / when / then
        assertEquals(List.of("short text"), Mrkdwn.chunks("short text", 16));
        assertEquals(List.of("exactly sixteen!"), Mrkdwn.chunks("exactly sixteen!", 16));
        assertEquals(List.of(""), Mrkdwn.chunks("", 16));
    }

    @Test
    @DisplayName("chunks: prefers a line break, then a sentence end, then a space")
    void chunksPreferences() {
        // given
        String lines = "aaaa bbbb. cccc\ndddd eeee";            // newline at 15
        String sentences = "aaaa bbbb. cccc dddd eeee";         // ". " at 9
        String words = "aaaa bbbb cccc dddd eeee";              // spaces at 4, 9, 14, 19

        // when / then
        assertEquals(List.of("aaaa bbbb. cccc", "dddd eeee"), Mrkdwn.chunks(lines, 20));
        assertEquals(List.of("aaaa bbbb.", "cccc dddd eeee"), Mrkdwn.chunks(sentences, 16));
        assertEquals(List.of("aaaa bbbb cccc", "dddd eeee"), Mrkdwn.chunks(words, 16));
    }

    @Test
    @DisplayName("chunks: a long word with no spaces is cut hard at exactly max")
    void chunksHardCut() {
        // given
        String word = "x".repeat(50);

        // when
        List<String> chunks = Mrkdwn.chunks(word, 20);

        // then
        assertEquals(List.of("x".repeat(20), "x".repeat(20), "x".repeat(10)), chunks);
    }

    @ParameterizedTest(name = "emoji starting {0} unit(s) before the cut")
    @ValueSource(ints = {1, 2, 3})
    @DisplayName("chunks: a hard cut never splits an emoji's surrogate pair")
    void chunksKeepSurrogatePairs(int before) {
        // given: the emoji's high surrogate sits `before` units before index max
        int max = 40;
        String text = "a".repeat(max - before) + EMOJI + "b".repeat(60);

        // when
        List<String> chunks = Mrkdwn.chunks(text, max);

        // then
        assertValidChunks(text, max, chunks, "emoji " + before);
    }

    @ParameterizedTest(name = "'{'0'}' starting {0} unit(s) before the cut")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    @DisplayName("chunks: a hard cut never splits an &amp; / &lt; / &gt; escape")
    void chunksKeepEntities(int before) {
        // given: an escape begins `before` units before index max, in a text with no spaces
        int max = 40;
        for (String entity : List.of("&amp;", "&lt;", "&gt;")) {
            String text = "a".repeat(max - before) + entity + "b".repeat(60);

            // when
            List<String> chunks = Mrkdwn.chunks(text, max);

            // then
            assertValidChunks(text, max, chunks, entity + " " + before);
        }
    }

    @Test
    @DisplayName("chunks, property: 3000 seeded random texts; every chunk <= max, nothing lost, nothing split")
    void chunksProperty() {
        // given
        Random random = new Random(0x5EED_2024L);
        for (int i = 0; i < 3000; i++) {
            int max = switch (i % 4) {
                case 0 -> 3000;
                case 1 -> 2900;
                default -> 16 + random.nextInt(200);
            };
            String text = Mrkdwn.escape(randomText(random, random.nextInt(max * 5)));

            // when
            List<String> chunks = Mrkdwn.chunks(text, max);

            // then
            assertValidChunks(text, max, chunks, "case " + i + " (max " + max + ")");
        }
    }

    @Test
    @DisplayName("chunks, property: the renderer's own inputs (quoted answers, bullet lists) split cleanly")
    void chunksOfRenderedText() {
        // given
        Random random = new Random(7L);
        for (int i = 0; i < 300; i++) {
            String answer = randomText(random, 1 + random.nextInt(3000));
            List<String> items = List.of(randomText(random, 2900), randomText(random, 1500), "**Bold:** & <x>");

            // when / then
            String quoted = String.join("\n", Mrkdwn.quotedChunks(answer, 3000));
            assertValidChunks(quoted, 3000, Mrkdwn.chunks(quoted, 3000), "quote " + i);
            String bullets = Mrkdwn.bullets(items);
            assertValidChunks(bullets, 2900, Mrkdwn.chunks(bullets, 2900), "bullets " + i);
        }
    }

    @Test
    @DisplayName("chunks: never emits a blank chunk (Slack rejects an empty section) for text that is not blank")
    void chunksNeverBlank() {
        // given: a line break at 100 is the first cut; more than max line breaks follow it
        String text = "x".repeat(60) + "\n".repeat(250) + "y";

        // when
        List<String> chunks = Mrkdwn.chunks(text, 100);

        // then
        for (String chunk : chunks) {
            assertFalse(chunk.isBlank(), () -> "blank chunk in " + chunks.size() + " chunks");
        }
    }

    @Test
    @DisplayName("chunks: a max smaller than 16 (shorter than an escape plus room) is refused, not looped on")
    void chunksRefusesTinyMax() {
        // given / when / then
        assertThrows(IllegalArgumentException.class, () -> Mrkdwn.chunks("&amp;&amp;&amp;", 3));
        assertThrows(IllegalArgumentException.class, () -> Mrkdwn.chunks(EMOJI + EMOJI, 1));
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            String text = "&amp;".repeat(20) + EMOJI.repeat(20);
            assertValidChunks(text, 16, Mrkdwn.chunks(text, 16), "max 16");
        });
    }

    // ---------------------------------------------------------------------------------------------- truncate

    @Test
    @DisplayName("truncate: at most max code points plus an ellipsis, never half an emoji; short text unchanged")
    void truncate() {
        // given
        String typed = "a".repeat(99) + EMOJI + "bc";

        // when
        String out = Mrkdwn.truncate(typed, 100);

        // then
        assertEquals("a".repeat(99) + EMOJI + "\u2026", out);
        assertEquals("short", Mrkdwn.truncate("short", 100));
        assertEquals("a".repeat(100), Mrkdwn.truncate("a".repeat(100), 100));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /**
     * The contract of {@link Mrkdwn#chunks}: each chunk fits, none splits a surrogate pair or an escape, and the
     * chunks are consecutive pieces of the text with only whitespace between them (so re-joining loses nothing).
     */
    static void assertValidChunks(String text, int max, List<String> chunks, String where) {
        assertFalse(chunks.isEmpty(), where + ": no chunks");
        int pos = 0;
        for (int c = 0; c < chunks.size(); c++) {
            String chunk = chunks.get(c);
            String at = where + ", chunk " + c + " of " + chunks.size();
            assertTrue(chunk.length() <= max, at + ": " + chunk.length() + " > " + max);
            if (!chunk.isEmpty()) {
                assertFalse(Character.isLowSurrogate(chunk.charAt(0)), at + ": starts with half an emoji");
                assertFalse(Character.isHighSurrogate(chunk.charAt(chunk.length() - 1)), at + ": ends with half an emoji");
            }
            Matcher amp = AMPERSAND.matcher(chunk);
            while (amp.find()) {
                Matcher entity = ENTITY.matcher(chunk).region(amp.start(), chunk.length());
                assertTrue(entity.lookingAt(), at + ": split escape near '"
                        + chunk.substring(Math.max(0, amp.start() - 5)) .lines().findFirst().orElse("") + "'");
            }
            // Find the chunk at pos, skipping only whitespace (the break it was cut at).
            int found = -1;
            for (int k = pos; k <= text.length(); k++) {
                if (text.startsWith(chunk, k)) {
                    found = k;
                    break;
                }
                if (k == text.length() || !Character.isWhitespace(text.charAt(k))) {
                    break;
                }
            }
            if (found < 0) {
                fail(at + ": not the next piece of the text at " + pos + "; text lost or altered");
            }
            pos = found + chunk.length();
        }
        assertTrue(text.substring(pos).isBlank(), where + ": text after the last chunk was dropped");
    }

    /** Words, long unbroken words, emoji, sentence ends, line breaks, and &, < and > (which escape to entities). */
    static String randomText(Random random, int length) {
        StringBuilder s = new StringBuilder();
        while (s.length() < length) {
            int kind = random.nextInt(20);
            switch (kind) {
                case 0 -> s.append("x".repeat(1 + random.nextInt(length + 1))); // long word, no spaces
                case 1 -> s.append(EMOJI);
                case 2 -> s.append("&");
                case 3 -> s.append("<");
                case 4 -> s.append(">");
                case 5 -> s.append(". ");
                case 6 -> s.append('\n');
                case 7 -> s.append("**bold** ");
                case 8 -> s.append("\uD83D\uDC4D\uD83C\uDFFD"); // 👍🏽: two surrogate pairs
                case 9 -> s.append("&lt;"); // literal text that looks like an escape
                default -> {
                    int n = 1 + random.nextInt(10);
                    for (int i = 0; i < n; i++) {
                        s.append((char) ('a' + random.nextInt(26)));
                    }
                    s.append(' ');
                }
            }
        }
        String text = s.toString();
        // Cut to length without leaving half an emoji at the end.
        int end = Math.min(length, text.length());
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
