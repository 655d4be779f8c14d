package dev.qakit.io.internal.input;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes: whether they are well-formed (RFC 3629), their decoding, where an offset stands in
 * lines and UTF-16 columns, and the search of a byte, eight ASCII bytes at a time. Not API.
 */
public final class Utf8 {
    /** Reads eight bytes at a time, to pass over ASCII text quickly. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long ONES = 0x0101010101010101L;

    private Utf8() {
    }

    /**
     * Text decoded from bytes.
     *
     * @param text the text, each malformed sequence replaced by U+FFFD (as a browser's
     *     {@code fetch().text()} and Node's {@code Buffer.toString()} replace it)
     * @param wellFormed whether the bytes were well-formed UTF-8 (nothing was replaced)
     * @param ascii whether every byte was ASCII, so that char {@code i} of the text is byte {@code i}
     */
    public record Decoded(String text, boolean wellFormed, boolean ascii) {
    }

    /**
     * Decodes UTF-8 and tells whether it was well-formed. ASCII bytes, found eight at a time,
     * are copied into the text as they are (ISO 8859-1's decoding, one array copy; UTF-8's
     * first looks for non-ASCII bytes one at a time where only C1 compiles). Otherwise the JDK's
     * decoding of a whole array is its fastest path; a malformed sequence becomes U+FFFD there, so
     * only text that holds one needs the check.
     *
     * @param b the bytes
     * @return the text, whether the bytes were well-formed, and whether they were ASCII
     */
    public static Decoded decode(byte[] b) {
        if (isAscii(b, 0, b.length)) {
            return new Decoded(new String(b, StandardCharsets.ISO_8859_1), true, true);
        }
        String s = new String(b, StandardCharsets.UTF_8);
        return new Decoded(s, s.indexOf('\uFFFD') < 0 || isValid(b), false);
    }

    /**
     * Whether every byte of {@code b[from, to)} is ASCII, eight at a time.
     *
     * @param b the bytes
     * @param from the first offset
     * @param to the end, exclusive
     * @return true if none has its high bit set
     */
    public static boolean isAscii(byte[] b, int from, int to) {
        int i = from;
        long any = 0;
        for (; i + 8 <= to; i += 8) {
            any |= (long) LONGS.get(b, i);
        }
        for (; i < to; i++) {
            any |= b[i];
        }
        return (any & HIGH_BITS) == 0;
    }

    /**
     * The number of line feeds in {@code b[from, to)} when every byte there is printable ASCII
     * ({@code 0x20}–{@code 0x7E}), a tab or a line feed; eight bytes at a time, each byte tested
     * exactly (no carry crosses a byte: every byte is below {@code 0x80} when the sums are made).
     *
     * @param b the bytes
     * @param from the first offset
     * @param to the end, exclusive
     * @return the number of line feeds, or -1 when another byte is there
     */
    public static int plainLineFeeds(byte[] b, int from, int to) {
        int feeds = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(b, i);
            if ((w & HIGH_BITS) != 0) {
                return -1;
            }
            // high bit of each byte: set where the byte is 0x20 or more
            long printable = (w + 0x6060606060606060L) & HIGH_BITS;
            long feed = equalBytes(w, 0x0A0A0A0A0A0A0A0AL);
            long tab = equalBytes(w, 0x0909090909090909L);
            long delete = equalBytes(w, 0x7F7F7F7F7F7F7F7FL);
            if (((~printable & HIGH_BITS & ~feed & ~tab) | delete) != 0) {
                return -1;
            }
            feeds += Long.bitCount(feed);
        }
        for (; i < to; i++) {
            byte c = b[i];
            if (c == '\n') {
                feeds++;
            } else if ((c < 0x20 || c == 0x7F) && c != '\t') {
                return -1;
            }
        }
        return feeds;
    }

    /** The high bit of each byte of {@code w} (all below {@code 0x80}) that equals the same byte of {@code pattern}. */
    private static long equalBytes(long w, long pattern) {
        long x = w ^ pattern;
        // high bit set where the byte is not zero: 0x7F + 0x7F carries into no other byte
        long nonZero = ((x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL | x) & HIGH_BITS;
        return ~nonZero & HIGH_BITS;
    }

    /**
     * Whether the bytes start with UTF-8's byte-order mark.
     *
     * @param b the bytes
     * @return whether they start with EF BB BF
     */
    public static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /**
     * Whether the bytes are well-formed UTF-8: no stray continuation bytes, no truncated or
     * overlong sequences, no surrogates, nothing above U+10FFFF.
     *
     * @param b the bytes
     * @return true if they are well-formed
     */
    public static boolean isValid(byte[] b) {
        int n = b.length;
        int i = 0;
        while (i < n) {
            while (i + 8 <= n && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
                i += 8;
            }
            if (i >= n) {
                return true;
            }
            int lead = b[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int more;
            int lo = 0x80;
            int hi = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                more = 1;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                more = 2;
                if (lead == 0xE0) {
                    lo = 0xA0;
                } else if (lead == 0xED) {
                    hi = 0x9F;
                }
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                more = 3;
                if (lead == 0xF0) {
                    lo = 0x90;
                } else if (lead == 0xF4) {
                    hi = 0x8F;
                }
            } else {
                return false;
            }
            if (i + more >= n) {
                return false;
            }
            int second = b[i + 1] & 0xFF;
            if (second < lo || second > hi) {
                return false;
            }
            for (int k = 2; k <= more; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += more + 1;
        }
        return true;
    }

    /**
     * Where a byte offset of well-formed UTF-8 text stands: its line (from 1, lines ended by
     * {@code \n}) in the high 32 bits, its column (from 1, in UTF-16 units: one per sequence,
     * two for a four-byte one, a surrogate pair) in the low 32. Eight ASCII bytes at a time.
     *
     * @param b the text
     * @param offset an offset in it, at the start of a sequence
     * @return {@code line << 32 | column}
     */
    public static long position(byte[] b, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int nl = indexOf(b, (byte) '\n', 0, offset); nl >= 0; nl = indexOf(b, (byte) '\n', nl + 1, offset)) {
            line++;
            lineStart = nl + 1;
        }
        int units = 0;
        int i = lineStart;
        while (i < offset) {
            if (i + 8 <= offset && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
                units += 8;
                i += 8;
                continue;
            }
            int v = b[i] & 0xFF;
            if ((v & 0xC0) != 0x80) {
                units += v >= 0xF0 ? 2 : 1;
            }
            i++;
        }
        return (long) line << 32 | (units + 1);
    }

    /**
     * Where a byte first occurs in {@code b[from, to)}, eight bytes at a time: the search of an
     * HTML page's bytes for its tags.
     *
     * @param b the bytes
     * @param c the byte
     * @param from the first offset searched
     * @param to the end of the search, exclusive
     * @return its offset, or -1
     */
    public static int indexOf(byte[] b, byte c, int from, int to) {
        long pattern = ONES * (c & 0xFF);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(b, i) ^ pattern;
            // the lowest byte flagged is the first equal to c (a borrow only runs upwards from it)
            long zero = (x - ONES) & ~x & HIGH_BITS;
            if (zero != 0) {
                return i + (Long.numberOfTrailingZeros(zero) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
