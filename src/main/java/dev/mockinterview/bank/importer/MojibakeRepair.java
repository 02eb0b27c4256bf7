package dev.mockinterview.bank.importer;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Undoes one specific kind of mojibake: text whose UTF-8 bytes were decoded as the Thai code page windows-874
 * (with windows-1252 used for the bytes windows-874 leaves undefined) and then saved again. For example the
 * three UTF-8 bytes of {@code •} (E2 80 A2) turn into {@code โ€ข}.
 *
 * <p>The repair is general, not a table of known sequences: every maximal run of non-ASCII characters is mapped
 * back to the bytes those characters came from and the bytes are decoded as strict UTF-8. A run that cannot be
 * mapped back, or whose bytes are not valid UTF-8, is left exactly as it is. Genuine non-ASCII text survives because
 * it practically never re-encodes to valid UTF-8: a real {@code •} maps to the single byte 0x95, which is not a
 * valid UTF-8 sequence, and a real {@code ✓} has no windows-874 or windows-1252 byte at all.
 *
 * <p>The character-to-byte map is built once by decoding every byte 0x80–0xFF with the JDK's {@code windows-874}
 * charset ({@code x-windows-874}; the JDK's {@code x-IBM874}/"cp874" is a different, IBM table and does not
 * reproduce the damage), then with {@code windows-1252} for the bytes still unassigned, then, for the five bytes
 * neither defines (0x81, 0x8D, 0x8F, 0x90, 0x9D), with the C1 control character of the same value, which is what
 * lenient decoders produce for them. Building it by decoding guarantees an exact round trip.
 */
public final class MojibakeRepair {

    private static final Map<Character, Byte> CHAR_TO_BYTE = buildReverseMap();

    private MojibakeRepair() {
    }

    /**
     * Repairs every mojibake run in {@code text}; ASCII and runs that are not this kind of mojibake are returned
     * unchanged. Line breaks are ASCII, so the result has the same lines as the input.
     *
     * @param text any text; {@code null} gives {@code null}
     * @return the repaired text
     */
    public static String repair(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && text.charAt(end) >= 0x80) {
                end++;
            }
            out.append(repairRun(text.substring(i, end)));
            i = end;
        }
        return out.toString();
    }

    /** Repairs one run of non-ASCII characters, or returns it unchanged. */
    private static String repairRun(String run) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(run.length());
        for (int k = 0; k < run.length(); k++) {
            Byte b = CHAR_TO_BYTE.get(run.charAt(k));
            if (b == null) {
                return run;
            }
            bytes.write(b);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return utf8.decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException notUtf8) {
            return run;
        }
    }

    private static Map<Character, Byte> buildReverseMap() {
        Charset thai = Charset.forName("windows-874");
        Charset western = Charset.forName("windows-1252");
        Map<Character, Byte> map = new HashMap<>();
        for (int value = 0x80; value <= 0xFF; value++) {
            byte b = (byte) value;
            Character c = decodeSingle(thai, b);
            if (c == null) {
                c = decodeSingle(western, b);
            }
            if (c == null) {
                c = (char) value; // C1 control (or Latin-1) character of the same value
            }
            map.putIfAbsent(c, b);
        }
        return Collections.unmodifiableMap(map);
    }

    private static Character decodeSingle(Charset charset, byte b) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String s = decoder.decode(ByteBuffer.wrap(new byte[] {b})).toString();
            return s.length() == 1 ? s.charAt(0) : null;
        } catch (CharacterCodingException undefined) {
            return null;
        }
    }
}
