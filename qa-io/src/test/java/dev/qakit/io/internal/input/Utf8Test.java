package dev.qakit.io.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8Test {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "41", "4142434445464748494a", "c2a9", "e282ac", "f09f9880", "efbbbf5b5d",
        "414243444546474849c3a9", "dfbf", "e0a080", "ed9fbf", "ee8080", "f0908080", "f48fbfbf"})
    void wellFormed(String hex) {
        assertThat(Utf8.isValid(HexFormat.of().parseHex(hex))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"80", "bf", "c080", "c1bf", "e08080", "e09fbf", "eda080", "edbfbf", "f08f8080", "f4908080",
        "f5808080", "ff", "c2", "e282", "f09f98", "4142434445464748c2", "41424344454647484980", "c241", "e28241"})
    void malformed(String hex) {
        assertThat(Utf8.isValid(HexFormat.of().parseHex(hex))).isFalse();
    }

    @Test
    void agreesWithTheJdkDecoderOnRandomBytes() {
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            // mostly ASCII with a few bytes of multi-byte sequences, so that both answers occur
            byte[] b = randomBytes(random, 24, () -> random.nextInt(4) == 0 ? 0x80 + random.nextInt(0x80) : random.nextInt(0x80));
            assertThat(Utf8.isValid(b)).as(HexFormat.of().formatHex(b)).isEqualTo(jdkSaysValid(b));
        }
    }

    @Test
    void decodesAsTheJdkStrictDecoderDoesAndRefusesWhatItRefuses() {
        Random random = new Random(7);
        byte[] replacement = "\uFFFD".getBytes(StandardCharsets.UTF_8);
        for (int n = 0; n < 20_000; n++) {
            byte[] b = randomBytes(random, 24, () -> random.nextInt(4) == 0 ? 0x80 + random.nextInt(0x80) : random.nextInt(0x80));
            if (n % 3 == 0 && b.length >= 3) {
                // a U+FFFD written in the text is well-formed: it must not be taken for a decoding error
                System.arraycopy(replacement, 0, b, random.nextInt(b.length - 2), 3);
            }
            String expected = jdkStrict(b);
            Utf8.Decoded decoded = Utf8.decode(b);
            assertThat(decoded.wellFormed()).as(HexFormat.of().formatHex(b)).isEqualTo(expected != null);
            assertThat(decoded.ascii()).as(HexFormat.of().formatHex(b)).isEqualTo(expected != null && expected.chars().allMatch(c -> c < 0x80));
            assertThat(decoded.text()).as(HexFormat.of().formatHex(b)).isEqualTo(expected != null ? expected : new String(b, StandardCharsets.UTF_8));
        }
    }

    private static String jdkStrict(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean jdkSaysValid(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Positions against the decoded text's own count of lines and UTF-16 units. */
    @Test
    void positionCountsLinesAndUtf16UnitsAsTheDecodedTextHasThem() {
        Random random = new Random(20261206);
        int[] points = {'a', 'Z', ' ', '<', '\n', '\n', 0xe9, 0x416, 0x20ac, 0x1f600, 0x10348};
        for (int n = 0; n < 5_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(80);
            boolean ascii = random.nextBoolean();
            for (int k = 0; k < length; k++) {
                sb.appendCodePoint(points[random.nextInt(ascii ? 5 : points.length)]);
            }
            String text = sb.toString();
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            for (int cut = 0; cut <= text.length(); cut++) {
                if (cut > 0 && cut < text.length() && Character.isLowSurrogate(text.charAt(cut))) {
                    continue;
                }
                String before = text.substring(0, cut);
                int offset = before.getBytes(StandardCharsets.UTF_8).length;
                long line = before.chars().filter(c -> c == '\n').count() + 1;
                long column = before.length() - (before.lastIndexOf('\n') + 1) + 1;
                assertThat(Utf8.position(bytes, offset)).as("%s at %d", text, cut).isEqualTo(line << 32 | column);
            }
        }
    }

    @Test
    void indexOfFindsTheFirstOccurrenceInTheRange() {
        Random random = new Random(20261206);
        for (int n = 0; n < 20_000; n++) {
            byte[] b = randomBytes(random, 40, () -> "<a\u0000!\u0080".charAt(random.nextInt(5)));
            byte c = (byte) "<a\u0000!\u0080".charAt(random.nextInt(5));
            int from = b.length == 0 ? 0 : random.nextInt(b.length + 1);
            int to = from + random.nextInt(b.length - from + 1);
            int expected = -1;
            for (int k = from; k < to; k++) {
                if (b[k] == c) {
                    expected = k;
                    break;
                }
            }
            assertThat(Utf8.indexOf(b, c, from, to)).isEqualTo(expected);
        }
    }

    @Test
    void isAsciiAndPlainLineFeedsLookAtEveryByteOfTheRange() {
        Random random = new Random(20261207);
        // the bytes each test treats apart, and their neighbours
        String alphabet = "a \n\t\u001f\u0000\r~\u007f\u0080\u00ff ";
        for (int n = 0; n < 50_000; n++) {
            // mostly plain text, so that every answer occurs
            byte[] b = randomBytes(random, 40,
                    () -> random.nextInt(8) != 0 ? "ab \n".charAt(random.nextInt(4)) : alphabet.charAt(random.nextInt(alphabet.length())));
            int from = b.length == 0 ? 0 : random.nextInt(b.length + 1);
            int to = from + random.nextInt(b.length - from + 1);
            boolean ascii = true;
            int feeds = 0;
            for (int k = from; k < to; k++) {
                int v = b[k] & 0xFF;
                ascii &= v < 0x80;
                if (v == '\n') {
                    feeds++;
                } else if (v != '\t' && (v < 0x20 || v >= 0x7F)) {
                    feeds = Integer.MIN_VALUE;
                }
            }
            String what = HexFormat.of().formatHex(b, from, to);
            assertThat(Utf8.isAscii(b, from, to)).as(what).isEqualTo(ascii);
            assertThat(Utf8.plainLineFeeds(b, from, to)).as(what).isEqualTo(feeds < 0 ? -1 : feeds);
        }
    }

    /** Up to {@code maxLength - 1} bytes, each the low byte of what {@code next} gives. */
    private static byte[] randomBytes(Random random, int maxLength, IntSupplier next) {
        byte[] b = new byte[random.nextInt(maxLength)];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) next.getAsInt();
        }
        return b;
    }
}
