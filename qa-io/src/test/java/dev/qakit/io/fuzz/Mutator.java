package dev.qakit.io.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Mutates corpus files: bit flips, interesting bytes, truncations, splices of two files,
 * duplicated and deleted chunks, and tokens of the input's language inserted. Inputs are cut to
 * a window of at most {@code maxLength} bytes first, so each run stays small and fast.
 * Deterministic: input {@code i} depends only on the seed, {@code i} and the corpus.
 */
public final class Mutator {
    private static final byte[] INTERESTING = {0, 1, '"', '\\', '[', ']', '{', '}', ',', ':', '-', '\n', '\r', '\t', ' ', '<', '>',
            '/', '&', '*', '!', '#', '|', '`', '\'', '=', (byte) 0x7f, (byte) 0x80, (byte) 0xc3, (byte) 0xe2, (byte) 0xf0,
            (byte) 0xff, (byte) 0xfe, '0', '9', 'e', 'E', '.'};

    private final List<byte[]> seeds;
    private final List<byte[]> tokens;
    private final long seed;
    private final int maxLength;

    /**
     * A mutator.
     *
     * @param seeds the corpus files, not empty
     * @param tokens tokens of the input language
     * @param seed the random seed
     * @param maxLength the largest window taken from a seed
     */
    public Mutator(List<byte[]> seeds, List<String> tokens, long seed, int maxLength) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seeds");
        }
        this.seeds = List.copyOf(seeds);
        List<byte[]> t = new ArrayList<>();
        tokens.forEach(s -> t.add(s.getBytes(StandardCharsets.UTF_8)));
        this.tokens = t;
        this.seed = seed;
        this.maxLength = maxLength;
    }

    /**
     * Input number {@code i}.
     *
     * @param i the index
     * @return the mutated bytes
     */
    public byte[] input(int i) {
        SplittableRandom r = new SplittableRandom(seed * 31 + i);
        byte[] b = window(seeds.get(r.nextInt(seeds.size())), r);
        // Mostly one mutation, so that most inputs stay close to valid and reach deep into the reader.
        int rounds = r.nextInt(3) == 0 ? 2 + r.nextInt(3) : 1;
        for (int k = 0; k < rounds; k++) {
            b = mutate(b, r);
        }
        return b;
    }

    private byte[] window(byte[] s, SplittableRandom r) {
        if (s.length <= maxLength) {
            return s;
        }
        // Mostly the start (where the structure is), sometimes from anywhere.
        int from = r.nextInt(3) == 0 ? r.nextInt(s.length - maxLength + 1) : 0;
        return Arrays.copyOfRange(s, from, from + maxLength);
    }

    private byte[] mutate(byte[] b, SplittableRandom r) {
        int n = b.length;
        switch (r.nextInt(9)) {
            case 0 -> { // bit flips
                if (n == 0) {
                    return b;
                }
                byte[] c = b.clone();
                for (int k = 1 + r.nextInt(8); k > 0; k--) {
                    int at = r.nextInt(n);
                    c[at] ^= (byte) (1 << r.nextInt(8));
                }
                return c;
            }
            case 1 -> { // interesting bytes
                if (n == 0) {
                    return new byte[] {INTERESTING[r.nextInt(INTERESTING.length)]};
                }
                byte[] c = b.clone();
                for (int k = 1 + r.nextInt(4); k > 0; k--) {
                    c[r.nextInt(n)] = INTERESTING[r.nextInt(INTERESTING.length)];
                }
                return c;
            }
            case 2 -> { // truncation
                return Arrays.copyOf(b, n == 0 ? 0 : r.nextInt(n));
            }
            case 3 -> { // splice: a prefix of this, a suffix of another seed
                byte[] o = window(seeds.get(r.nextInt(seeds.size())), r);
                int a = n == 0 ? 0 : r.nextInt(n + 1);
                int from = o.length == 0 ? 0 : r.nextInt(o.length + 1);
                return concat(Arrays.copyOf(b, a), Arrays.copyOfRange(o, from, o.length));
            }
            case 4 -> { // a chunk duplicated, possibly many times
                if (n == 0) {
                    return b;
                }
                int from = r.nextInt(n);
                int len = 1 + r.nextInt(Math.min(n - from, 64));
                int times = r.nextInt(4) == 0 ? 1 + r.nextInt(64) : 1;
                byte[] chunk = Arrays.copyOfRange(b, from, from + len);
                byte[] rep = new byte[chunk.length * times];
                for (int k = 0; k < times; k++) {
                    System.arraycopy(chunk, 0, rep, k * chunk.length, chunk.length);
                }
                int at = r.nextInt(n + 1);
                return concat(concat(Arrays.copyOf(b, at), rep), Arrays.copyOfRange(b, at, n));
            }
            case 5 -> { // a chunk deleted
                if (n == 0) {
                    return b;
                }
                int from = r.nextInt(n);
                int len = 1 + r.nextInt(Math.min(n - from, 128));
                return concat(Arrays.copyOf(b, from), Arrays.copyOfRange(b, from + len, n));
            }
            case 6, 7 -> { // a token inserted or overwriting
                if (tokens.isEmpty()) {
                    return b;
                }
                byte[] t = tokens.get(r.nextInt(tokens.size()));
                int at = r.nextInt(n + 1);
                int skip = r.nextBoolean() ? 0 : Math.min(n - at, t.length);
                return concat(concat(Arrays.copyOf(b, at), t), Arrays.copyOfRange(b, at + skip, n));
            }
            default -> { // two chunks swapped
                if (n < 4) {
                    return b;
                }
                int a = r.nextInt(n / 2);
                int c = n / 2 + r.nextInt(n - n / 2);
                byte[] x = b.clone();
                byte[] first = Arrays.copyOfRange(b, a, n / 2);
                byte[] second = Arrays.copyOfRange(b, n / 2, c);
                byte[] out = concat(concat(concat(Arrays.copyOf(x, a), second), first), Arrays.copyOfRange(b, c, n));
                return out;
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
