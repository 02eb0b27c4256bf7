package dev.mockinterview.bank.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("MojibakeRepair")
class MojibakeRepairTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "โ€ข|•",
            "โœ“|✓",
            "โœ—|✗",
            "โ˜…|★",
            "โ€“|–",
            "๐Ÿš€|🚀"})
    @DisplayName("repairs every sequence found in the seed page")
    void repairsSeedSequences(String damaged, String expected) {
        // given a damaged sequence

        // when
        String repaired = MojibakeRepair.repair(damaged);

        // then
        assertEquals(expected, repaired);
    }

    @Test
    @DisplayName("repairs sequences inside a line and leaves the ASCII around them alone")
    void repairsInsideLine() {
        // given
        String line = "๐Ÿš€ AI-Powered Mock Interviews: the 'buddy task' โ€“ a feature";

        // when
        String repaired = MojibakeRepair.repair(line);

        // then
        assertEquals("🚀 AI-Powered Mock Interviews: the 'buddy task' – a feature", repaired);
    }

    @Test
    @DisplayName("leaves a genuine bullet alone while repairing the damaged one after it")
    void genuineBulletLeftAlone() {
        // given the page's real list marker, then a damaged bullet
        String line = "  • โ€ขIn a previous role";

        // when
        String repaired = MojibakeRepair.repair(line);

        // then
        assertEquals("  • •In a previous role", repaired);
    }

    @Test
    @DisplayName("leaves ASCII text untouched")
    void asciiUntouched() {
        // given
        String ascii = "Scalability bottlenecksPerformance degradation (e.g., Redis) 100% <30ms\ttab";

        // when
        String repaired = MojibakeRepair.repair(ascii);

        // then
        assertEquals(ascii, repaired);
    }

    @ParameterizedTest
    @ValueSource(strings = {"•", "café", "naïve ✓ done", "日本語", "สวัสดี", "โ€", "€100", "— and …"})
    @DisplayName("leaves runs that are not this kind of mojibake unchanged")
    void nonMojibakeUnchanged(String text) {
        // given text that is already correct (or a truncated sequence)

        // when
        String repaired = MojibakeRepair.repair(text);

        // then
        assertEquals(text, repaired);
    }

    @Test
    @DisplayName("undoes the damage for text not in the seed, emoji included")
    void roundTripsGenericText() {
        // given
        String original = "café – naïve ✓ 😀";
        String damaged = damage(original);

        // when
        String repaired = MojibakeRepair.repair(damaged);

        // then
        assertNotEquals(original, damaged);
        assertEquals(original, repaired);
    }

    @Test
    @DisplayName("undoes the damage for bytes neither windows-874 nor windows-1252 defines")
    void roundTripsBytesUndefinedInBothCodePages() {
        // given "Á" is C3 81 and "Ý" is C3 9D: 0x81 and 0x9D decode to C1 control characters
        String original = "Ásgeir Ýmir";
        String damaged = damage(original);

        // when
        String repaired = MojibakeRepair.repair(damaged);

        // then
        assertEquals(original, repaired);
    }

    @Test
    @DisplayName("returns null for null")
    void nullStaysNull() {
        // given / when / then
        assertNull(MojibakeRepair.repair(null));
    }

    /** Reproduces the damage: UTF-8 bytes decoded as windows-874, windows-1252 for its gaps, C1 controls last. */
    private static String damage(String original) {
        StringBuilder out = new StringBuilder();
        for (byte b : original.getBytes(StandardCharsets.UTF_8)) {
            int value = b & 0xFF;
            if (value < 0x80) {
                out.append((char) value);
                continue;
            }
            String c = decode("windows-874", b);
            if (c == null) {
                c = decode("windows-1252", b);
            }
            out.append(c != null ? c : String.valueOf((char) value));
        }
        return out.toString();
    }

    private static String decode(String charset, byte b) {
        try {
            return Charset.forName(charset).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(new byte[] {b})).toString();
        } catch (CharacterCodingException undefined) {
            return null;
        }
    }
}
