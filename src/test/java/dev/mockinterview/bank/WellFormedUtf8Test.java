package dev.mockinterview.bank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The loader's streaming UTF-8 check must agree with the JDK's strict decoder on every input. */
@DisplayName("BankLoader.WellFormedUtf8 agrees with the JDK's strict UTF-8 decoder")
class WellFormedUtf8Test {

    private static boolean jdkAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Reads through the check in small, odd-sized chunks, so sequences straddle reads. */
    private static boolean streamAccepts(byte[] bytes, int chunk) {
        try (InputStream in = new BankLoader.WellFormedUtf8(new ByteArrayInputStream(bytes))) {
            byte[] buffer = new byte[chunk];
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int n;
            while ((n = in.read(buffer, 0, buffer.length)) >= 0) {
                out.write(buffer, 0, n);
            }
            assertArrayEquals(bytes, out.toByteArray(), "the check passes bytes through unchanged");
            return true;
        } catch (CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @DisplayName("known cases: ASCII, 2-4 byte characters, overlong forms, surrogates, above U+10FFFF, truncation")
    void knownCases() {
        String[] hex = {
            "", "41", "c3a9", "e282ac", "f09f8e89", "efbbbf41", // valid: A, é, €, 🎉, BOM + A
            "c0af", "e080af", "f08080af",                       // overlong
            "eda080", "edbfbf",                                 // UTF-16 surrogates
            "f4908080", "f5808080", "ff",                       // above U+10FFFF, invalid lead bytes
            "c3", "e282", "f09f8e", "80", "c341",               // truncated, stray continuation, bad continuation
        };
        for (String h : hex) {
            byte[] b = java.util.HexFormat.of().parseHex(h);
            for (int chunk : new int[] {1, 2, 3, 7, 64}) {
                assertEquals(jdkAccepts(b), streamAccepts(b, chunk), "bytes " + h + " read " + chunk + " at a time");
            }
        }
    }

    @Test
    @DisplayName("50,000 random byte strings, mostly near-valid UTF-8: the same verdict as the JDK")
    void randomAgreement() {
        // given random strings built from valid characters with some bytes flipped, cut or inserted
        Random random = new Random(20261126);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            int chars = random.nextInt(12);
            for (int c = 0; c < chars; c++) {
                int cp = switch (random.nextInt(4)) {
                    case 0 -> random.nextInt(0x80);
                    case 1 -> 0x80 + random.nextInt(0x780);
                    case 2 -> 0x800 + random.nextInt(0xD000);
                    default -> 0x10000 + random.nextInt(0x100000);
                };
                text.appendCodePoint(cp);
            }
            byte[] b = text.toString().getBytes(StandardCharsets.UTF_8);
            if (b.length > 0 && random.nextInt(3) == 0) {
                b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            }
            if (b.length > 1 && random.nextInt(5) == 0) {
                b = java.util.Arrays.copyOf(b, random.nextInt(b.length));
            }

            // then the streaming check and the JDK agree, however the bytes are split into reads
            int chunk = 1 + random.nextInt(9);
            assertEquals(jdkAccepts(b), streamAccepts(b, chunk),
                    () -> "bytes " + java.util.HexFormat.of().formatHex(text.toString().getBytes(StandardCharsets.UTF_8)));
        }
    }
}
