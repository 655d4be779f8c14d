package dev.qakit.validate.internal;

import com.dynatrace.hash4j.hashing.HashValue128;
import com.dynatrace.hash4j.hashing.Hashing;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.Severity;
import dev.qakit.model.problem.SourceLocation;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;

/**
 * The entries of a result cache: per file context, the hash of the bytes last checked and
 * what checking them found ({@link FileOutcome}), with the file's path so that entries of
 * deleted files can be dropped; and the findings of the site rules for the last few sets of
 * pages checked ({@link #siteProblems(byte[])}). Reads and writes the cache's one binary file,
 * whose header names the format and the code that wrote it; a file of another format or code
 * gives an empty store, and one that fails its checksum or cannot be decoded is an error.
 * Thread-safe.
 *
 * <p>A warm run over an unchanged tree needs, per file, only its entry's key and modification
 * time: so the file holds its strings once, in a table read first and decoded when a string is
 * first asked for, and each entry's outcome, and each page's summary, as bytes decoded when they
 * are first asked for.
 */
public final class CacheStore {
    private static final byte[] MAGIC = "qakit-result-cache\n".getBytes(StandardCharsets.US_ASCII);
    /** Bumped whenever the encoding below or the meaning of an outcome changes. */
    private static final int FORMAT = 5;
    private static final Severity[] SEVERITIES = Severity.values();
    private static final HexFormat HEX = HexFormat.of();
    /** The length of {@link #hash(byte[])} and {@link #identity(String, byte[])}. */
    public static final int HASH_BYTES = 16;
    /** The site findings kept: one per set of pages recently checked (a tree, or a part of it). */
    private static final int SITE_MEMOS = 8;

    private final String stamp;
    private final Map<String, Entry> entries;
    /** Site findings by {@link RunState} key, most recently used last. */
    private final LinkedHashMap<String, List<Problem>> sites = new LinkedHashMap<>(16, 0.75f, true);
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private volatile boolean changed;

    /**
     * What the store answered for a file.
     *
     * @param outcome what checking the file found
     * @param identity the file's identity ({@link #identity(String, byte[])})
     */
    public record Hit(FileOutcome outcome, byte[] identity) {
    }

    /**
     * One file's entry: the hash of the bytes checked, and the file's size and modification time
     * when it was read, trusted instead of the hash only when the file was last modified well
     * before it was read (else an edit in the same clock tick could go unseen). Its outcome is
     * decoded from the cache file when first asked for.
     */
    private static final class Entry {
        final byte[] hash;
        final byte[] identity;
        final long size;
        final long modified;
        final long readAt;
        private final @Nullable String file;
        private final int fileIndex;
        private final @Nullable Table table;
        private final int at;
        private volatile @Nullable FileOutcome outcome;
        /** Whether this run used the entry, which keeps it when the store is written. */
        volatile boolean used;

        /** An entry made in this run. */
        Entry(byte[] hash, byte[] identity, String file, long size, long modified, long readAt, FileOutcome outcome) {
            this(hash, identity, file, -1, size, modified, readAt, null, -1, outcome);
            this.used = true;
        }

        Entry(byte[] hash, byte[] identity, @Nullable String file, int fileIndex, long size, long modified, long readAt,
                @Nullable Table table, int at, @Nullable FileOutcome outcome) {
            this.hash = hash;
            this.identity = identity;
            this.file = file;
            this.fileIndex = fileIndex;
            this.size = size;
            this.modified = modified;
            this.readAt = readAt;
            this.table = table;
            this.at = at;
            this.outcome = outcome;
        }

        boolean unchanged(long sizeNow, long modifiedNow) {
            return size == sizeNow && modified == modifiedNow && modified < readAt - RACY_MILLIS;
        }

        String file() {
            return file != null ? file : Objects.requireNonNull(table).text(fileIndex);
        }

        FileOutcome outcome() {
            FileOutcome o = outcome;
            if (o == null) {
                Table t = Objects.requireNonNull(table);
                o = t.decode(at, Decoder::outcome);
                outcome = o;
            }
            return o;
        }

        /** The same outcome, now known to come from bytes of this size and time. */
        Entry seen(long sizeNow, long modifiedNow, long readAtNow) {
            Entry e = new Entry(hash, identity, file, fileIndex, sizeNow, modifiedNow, readAtNow, table, at, outcome());
            e.used = true;
            return e;
        }
    }

    /** More than any file system's time resolution (FAT's is two seconds). */
    private static final long RACY_MILLIS = 2_500;

    /**
     * An empty store.
     *
     * @param stamp what identifies the code that checks (its version and build); entries made
     *     by other code are never used
     */
    public CacheStore(String stamp) {
        this(stamp, 16);
    }

    private CacheStore(String stamp, int expected) {
        this.stamp = stamp;
        this.entries = new ConcurrentHashMap<>(Math.max(16, expected + expected / 3 + 1));
    }

    /**
     * The hash of a file's bytes: XXH3, 128 bits. The cache tells changed files from unchanged ones
     * with it, not against anyone crafting collisions (who could edit the cache file anyway).
     *
     * @param bytes the bytes
     * @return the hash, {@value #HASH_BYTES} bytes
     */
    public static byte[] hash(byte[] bytes) {
        return bytes(Hashing.xxh3_128().hashBytesTo128Bits(bytes));
    }

    /**
     * What identifies a file's outcome: the hash of its context and of the hash of its bytes.
     * Two files have the same identity only when they are the same bytes in the same context,
     * which read to the same units and check to the same outcome.
     *
     * @param context the file's context ({@link dev.qakit.io.input.PlannedFile#context()})
     * @param hash the hash of its bytes ({@link #hash(byte[])})
     * @return the identity, {@value #HASH_BYTES} bytes
     */
    public static byte[] identity(String context, byte[] hash) {
        byte[] text = context.getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(text, text.length + 1 + hash.length);
        System.arraycopy(hash, 0, all, text.length + 1, hash.length);
        return hash(all);
    }

    private static byte[] bytes(HashValue128 h) {
        return ByteBuffer.allocate(HASH_BYTES).putLong(h.getMostSignificantBits()).putLong(h.getLeastSignificantBits()).array();
    }

    /**
     * The outcome kept for a file in this context when its size and modification time are those
     * it had when it was read, and it had not been modified just before (so that an edit cannot
     * hide in the clock's resolution). Without one, ask with the file's hash.
     *
     * @param context the file's context ({@link dev.qakit.io.input.PlannedFile#context()})
     * @param size the file's size now
     * @param modified its modification time now, in milliseconds
     * @return the outcome, or null
     */
    public @Nullable Hit get(String context, long size, long modified) {
        Entry e = entries.get(context);
        if (e != null && e.unchanged(size, modified)) {
            e.used = true;
            hits.incrementAndGet();
            return new Hit(e.outcome(), e.identity);
        }
        return null;
    }

    /**
     * The outcome kept for a file in this context, if its bytes are the ones checked then.
     *
     * @param context the file's context
     * @param hash the hash of its bytes now ({@link #hash(byte[])})
     * @param size the file's size when read
     * @param modified its modification time when read, in milliseconds
     * @param readAt when it was read, in milliseconds
     * @return the outcome, or null (a miss)
     */
    public @Nullable Hit get(String context, byte[] hash, long size, long modified, long readAt) {
        Entry e = entries.get(context);
        if (e != null && Arrays.equals(e.hash, hash)) {
            e.used = true;
            hits.incrementAndGet();
            if (e.size != size || e.modified != modified || e.readAt != readAt) {
                // the same bytes, touched or first seen racily: next time the size and time answer
                e = e.seen(size, modified, readAt);
                entries.put(context, e);
                changed = true;
            }
            return new Hit(e.outcome(), e.identity);
        }
        misses.incrementAndGet();
        return null;
    }

    /**
     * Keeps what checking a file found.
     *
     * @param context the file's context
     * @param hash the hash of the bytes checked
     * @param identity the file's identity ({@link #identity(String, byte[])})
     * @param file the file's path
     * @param size the file's size when read
     * @param modified its modification time when read, in milliseconds
     * @param readAt when it was read, in milliseconds
     * @param outcome the outcome
     */
    public void put(String context, byte[] hash, byte[] identity, Path file, long size, long modified, long readAt,
            FileOutcome outcome) {
        entries.put(context, new Entry(hash, identity, file.toAbsolutePath().normalize().toString(), size, modified, readAt, outcome));
        changed = true;
    }

    /**
     * The findings of the site rules kept for a set of pages, before the run's severities are
     * applied.
     *
     * @param key what identifies the pages and the routes of their sites ({@link RunState})
     * @return the findings, or null when none are kept for the key
     */
    synchronized @Nullable List<Problem> siteProblems(byte[] key) {
        return sites.get(HEX.formatHex(key));
    }

    /**
     * Keeps the findings of the site rules for a set of pages; only the most recent few sets are
     * kept.
     *
     * @param key what identifies the pages and the routes of their sites
     * @param problems the findings
     */
    synchronized void siteProblems(byte[] key, List<Problem> problems) {
        sites.put(HEX.formatHex(key), List.copyOf(problems));
        while (sites.size() > SITE_MEMOS) {
            sites.remove(sites.keySet().iterator().next());
        }
        changed = true;
    }

    /**
     * Whether an entry was added or updated since the store was made or read, so that it is
     * worth writing.
     *
     * @return true if so
     */
    public boolean changed() {
        return changed;
    }

    /**
     * The number of files answered from the store, and checked afresh, since it was made.
     *
     * @return {hits, misses}
     */
    public int[] counts() {
        return new int[] {hits.get(), misses.get()};
    }

    /**
     * The number of entries.
     *
     * @return the number
     */
    public int size() {
        return entries.size();
    }

    /**
     * Reads a store written by {@link #write(OutputStream)}. The entries' outcomes are decoded
     * when first asked for; the checksum, checked here, keeps a damaged file from getting that
     * far.
     *
     * @param in the stream
     * @param stamp the code that reads it
     * @return the store: empty when the stream was written by other code or another format
     * @throws IOException if the stream cannot be read, fails its checksum or cannot be decoded
     */
    public static CacheStore read(InputStream in, String stamp) throws IOException {
        byte[] bytes = in.readAllBytes();
        ByteBuffer d = ByteBuffer.wrap(bytes);
        try {
            byte[] magic = new byte[MAGIC.length];
            d.get(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IOException("not a qakit result cache");
            }
            if (d.getInt() != FORMAT) {
                return new CacheStore(stamp);
            }
            byte[] written = new byte[count(d)];
            d.get(written);
            if (!stamp.equals(new String(written, StandardCharsets.UTF_8))) {
                return new CacheStore(stamp);
            }
            int crc = d.getInt();
            CRC32C check = new CRC32C();
            check.update(bytes, d.position(), d.remaining());
            if ((int) check.getValue() != crc) {
                throw new IOException("the checksum does not match: the file is damaged");
            }
            Table table = Table.read(d);
            int n = count(d);
            CacheStore store = new CacheStore(stamp, n);
            StringBuilder key = new StringBuilder(256);
            for (int i = 0; i < n; i++) {
                key.setLength(0);
                int lines = count(d);
                for (int j = 0; j < lines; j++) {
                    if (j > 0) {
                        key.append('\n');
                    }
                    key.append(table.text(d.getInt()));
                }
                byte[] hash = new byte[HASH_BYTES];
                d.get(hash);
                byte[] identity = new byte[HASH_BYTES];
                d.get(identity);
                int file = table.index(d.getInt());
                long size = d.getLong();
                long modified = d.getLong();
                long readAt = d.getLong();
                int length = count(d);
                int at = d.position();
                d.position(at + length);
                store.entries.put(key.toString(), new Entry(hash, identity, null, file, size, modified, readAt, table, at, null));
            }
            int memos = count(d);
            for (int i = 0; i < memos; i++) {
                byte[] k = new byte[HASH_BYTES];
                d.get(k);
                store.sites.put(HEX.formatHex(k), new Decoder(d, table).problems());
            }
            if (d.hasRemaining()) {
                throw new IOException("bytes after the last entry");
            }
            return store;
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            throw new EOFException("the cache file ends inside an entry");
        }
    }

    /**
     * Writes the store's entries: those used since it was made, and the others whose file still
     * exists; and the site findings.
     *
     * @param out the stream, not closed
     * @throws IOException if writing fails
     */
    public void write(OutputStream out) throws IOException {
        ByteArrayOutputStream bodyBytes = new ByteArrayOutputStream(1 << 16);
        DataOutputStream body = new DataOutputStream(bodyBytes);
        Encoder w = new Encoder();
        List<Map.Entry<String, Entry>> kept = new ArrayList<>();
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            if (e.getValue().used || Files.exists(Path.of(e.getValue().file()))) {
                kept.add(e);
            }
        }
        kept.sort(Map.Entry.comparingByKey());
        body.writeInt(kept.size());
        ByteArrayOutputStream outcomeBytes = new ByteArrayOutputStream(1024);
        DataOutputStream outcome = new DataOutputStream(outcomeBytes);
        for (Map.Entry<String, Entry> e : kept) {
            Entry entry = e.getValue();
            // a context line by line, so that the lines all files share (the site, the reader's settings) are written once
            String[] lines = e.getKey().split("\n", -1);
            body.writeInt(lines.length);
            for (String line : lines) {
                body.writeInt(w.index(line));
            }
            body.write(entry.hash);
            body.write(entry.identity);
            body.writeInt(w.index(entry.file()));
            body.writeLong(entry.size);
            body.writeLong(entry.modified);
            body.writeLong(entry.readAt);
            outcomeBytes.reset();
            w.outcome(outcome, entry.outcome());
            body.writeInt(outcomeBytes.size());
            outcomeBytes.writeTo(body);
        }
        synchronized (this) {
            body.writeInt(sites.size());
            for (Map.Entry<String, List<Problem>> s : sites.entrySet()) {
                body.write(HEX.parseHex(s.getKey()));
                w.problems(body, s.getValue());
            }
        }
        body.flush();

        // the number of strings, where each one ends in the text, then the text: read with two bulk copies
        ByteArrayOutputStream tableBytes = new ByteArrayOutputStream(1 << 16);
        DataOutputStream table = new DataOutputStream(tableBytes);
        table.writeInt(w.strings.size());
        int end = 0;
        for (byte[] s : w.strings) {
            end += s.length;
            table.writeInt(end);
        }
        for (byte[] s : w.strings) {
            table.write(s);
        }
        table.flush();
        CRC32C crc = new CRC32C();
        crc.update(tableBytes.toByteArray());
        crc.update(bodyBytes.toByteArray());

        DataOutputStream d = new DataOutputStream(out);
        d.write(MAGIC);
        d.writeInt(FORMAT);
        byte[] s = stamp.getBytes(StandardCharsets.UTF_8);
        d.writeInt(s.length);
        d.write(s);
        d.writeInt((int) crc.getValue());
        tableBytes.writeTo(d);
        bodyBytes.writeTo(d);
        d.flush();
        changed = false;
    }

    /** Numbers each distinct string in the order first written, and writes values with them. */
    private static final class Encoder {
        private final Map<String, Integer> index = new HashMap<>();
        final List<byte[]> strings = new ArrayList<>();

        /** The string's number; -1 for null. */
        int index(@Nullable String s) {
            if (s == null) {
                return -1;
            }
            Integer i = index.get(s);
            if (i == null) {
                i = strings.size();
                index.put(s, i);
                strings.add(s.getBytes(StandardCharsets.UTF_8));
            }
            return i;
        }

        void string(DataOutputStream d, @Nullable String s) throws IOException {
            d.writeInt(index(s));
        }

        void strings(DataOutputStream d, String[] values) throws IOException {
            d.writeInt(values.length);
            for (String s : values) {
                string(d, s);
            }
        }

        static void longs(DataOutputStream d, long[] values) throws IOException {
            d.writeInt(values.length);
            for (long v : values) {
                d.writeLong(v);
            }
        }

        void location(DataOutputStream d, SourceLocation l) throws IOException {
            string(d, l.source());
            d.writeInt(l.line());
            d.writeInt(l.column());
            string(d, l.pointer());
        }

        void problems(DataOutputStream d, List<Problem> problems) throws IOException {
            d.writeInt(problems.size());
            for (Problem p : problems) {
                d.writeByte(p.severity().ordinal());
                string(d, p.ruleId());
                string(d, p.message());
                location(d, p.location());
                d.writeInt(p.related().size());
                for (SourceLocation r : p.related()) {
                    location(d, r);
                }
            }
        }

        void outcome(DataOutputStream d, FileOutcome o) throws IOException {
            string(d, o.source());
            problems(d, o.problems());
            d.writeInt(o.pages().size());
            ByteArrayOutputStream summaryBytes = new ByteArrayOutputStream(512);
            DataOutputStream summary = new DataOutputStream(summaryBytes);
            for (PageChecker.Outcome page : o.pages()) {
                string(d, page.source());
                problems(d, page.problems());
                Supplier<PageSummary> s = page.summary();
                d.writeBoolean(s != null);
                if (s != null) {
                    strings(d, page.disabled().toArray(String[]::new));
                    // counted, so that a run that needs no summary skips it
                    summaryBytes.reset();
                    summary(summary, s.get());
                    d.writeInt(summaryBytes.size());
                    summaryBytes.writeTo(d);
                }
            }
        }

        void summary(DataOutputStream d, PageSummary s) throws IOException {
            string(d, s.source);
            string(d, s.site);
            string(d, s.path);
            d.writeLong(s.pathLoc);
            string(d, s.id);
            d.writeLong(s.idLoc);
            string(d, s.topic);
            d.writeBoolean(s.order != null);
            if (s.order != null) {
                d.writeInt(s.order);
            }
            d.writeLong(s.orderLoc);
            string(d, s.subtopic);
            strings(d, s.questionIds);
            longs(d, s.questionIdLocs);
            longs(d, s.textHashes);
            longs(d, s.textLocs);
            strings(d, s.headingIds);
            string(d, s.siblings);
            d.writeLong(s.siblingsLoc);
            longs(d, s.siblingPathLocs);
            longs(d, s.siblingOrderLocs);
            d.writeInt(s.links.size());
            for (PageSummary.Link l : s.links) {
                string(d, l.route());
                string(d, l.fragment());
                string(d, l.written());
                d.writeLong(l.loc());
                string(d, l.pointer());
            }
            d.flush();
        }
    }

    private static int count(ByteBuffer d) throws IOException {
        int n = d.getInt();
        // every counted element takes at least one byte of what is left
        if (n < 0 || n > d.remaining()) {
            throw new IOException("a count of " + n);
        }
        return n;
    }

    /**
     * The cache file's strings: where each one's UTF-8 bytes are, and each one decoded when first
     * asked for. Shared by the threads of a run: a string decoded twice at once is the same
     * string.
     */
    private static final class Table {
        private final byte[] bytes;
        /** Where the text starts in {@link #bytes}. */
        private final int start;
        /** Where each string ends, from the start of the text. */
        private final int[] ends;
        private final @Nullable String[] decoded;

        private Table(byte[] bytes, int start, int[] ends) {
            this.bytes = bytes;
            this.start = start;
            this.ends = ends;
            this.decoded = new String[ends.length];
        }

        static Table read(ByteBuffer d) throws IOException {
            int n = d.getInt();
            if (n < 0 || n > d.remaining() / 4) {
                throw new IOException("a count of " + n);
            }
            int[] ends = new int[n];
            d.asIntBuffer().get(ends);
            d.position(d.position() + 4 * n);
            int previous = 0;
            for (int end : ends) {
                if (end < previous) {
                    throw new IOException("a string ending before the one before it");
                }
                previous = end;
            }
            if (previous > d.remaining()) {
                throw new EOFException("strings past the end of the file");
            }
            int start = d.position();
            d.position(start + previous);
            return new Table(d.array(), start, ends);
        }

        /** Checks a string's number: -1 (null) or one of the table's. */
        int index(int i) throws IOException {
            if (i < -1 || i >= ends.length) {
                throw new IOException("no string number " + i);
            }
            return i;
        }

        @Nullable String string(int i) throws IOException {
            if (index(i) == -1) {
                return null;
            }
            String s = decoded[i];
            if (s == null) {
                int from = i == 0 ? 0 : ends[i - 1];
                s = new String(bytes, start + from, ends[i] - from, StandardCharsets.UTF_8);
                decoded[i] = s;
            }
            return s;
        }

        String text(int i) {
            try {
                String s = string(i);
                if (s == null) {
                    throw new IOException("a missing string");
                }
                return s;
            } catch (IOException e) {
                throw new UncheckedIOException("the result cache is damaged", e);
            }
        }

        /** Decodes what starts at a position of the file. */
        <T> T decode(int position, Decoding<T> decoding) {
            try {
                ByteBuffer d = ByteBuffer.wrap(bytes);
                d.position(position);
                return decoding.apply(new Decoder(d, this));
            } catch (IOException e) {
                throw new UncheckedIOException("the result cache is damaged", e);
            } catch (BufferUnderflowException | IllegalArgumentException e) {
                throw new UncheckedIOException("the result cache is damaged", new EOFException(String.valueOf(e)));
            }
        }
    }

    private interface Decoding<T> {
        T apply(Decoder d) throws IOException;
    }

    /** Reads what {@link Encoder} wrote; every count is checked. */
    private static final class Decoder {
        private final ByteBuffer d;
        private final Table table;

        Decoder(ByteBuffer d, Table table) {
            this.d = d;
            this.table = table;
        }

        private int count() throws IOException {
            return CacheStore.count(d);
        }

        @Nullable String string() throws IOException {
            return table.string(d.getInt());
        }

        String text() throws IOException {
            String s = string();
            if (s == null) {
                throw new EOFException("a missing string");
            }
            return s;
        }

        String[] strings() throws IOException {
            String[] out = new String[count()];
            for (int i = 0; i < out.length; i++) {
                out[i] = text();
            }
            return out;
        }

        long[] longs() throws IOException {
            long[] out = new long[count()];
            for (int i = 0; i < out.length; i++) {
                out[i] = d.getLong();
            }
            return out;
        }

        SourceLocation location() throws IOException {
            return new SourceLocation(text(), d.getInt(), d.getInt(), text());
        }

        List<Problem> problems() throws IOException {
            int n = count();
            if (n == 0) {
                return List.of();
            }
            List<Problem> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int severity = (d.get() & 0xff);
                if (severity >= SEVERITIES.length) {
                    throw new IOException("severity " + severity);
                }
                String rule = text();
                String message = text();
                SourceLocation at = location();
                int related = count();
                List<SourceLocation> others = new ArrayList<>(related);
                for (int j = 0; j < related; j++) {
                    others.add(location());
                }
                try {
                    out.add(new Problem(SEVERITIES[severity], rule, message, at, others));
                } catch (IllegalArgumentException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }
            return out;
        }

        FileOutcome outcome() throws IOException {
            String source = text();
            List<Problem> problems = problems();
            int n = count();
            List<PageChecker.Outcome> pages = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String pageSource = text();
                List<Problem> pageProblems = problems();
                if (d.get() == 0) {
                    pages.add(new PageChecker.Outcome(pageSource, pageProblems, null, Set.of()));
                    continue;
                }
                String[] disabled = strings();
                int length = count();
                int at = d.position();
                d.position(at + length);
                Set<String> off = disabled.length == 0 ? Set.of() : Set.copyOf(new LinkedHashSet<>(List.of(disabled)));
                pages.add(new PageChecker.Outcome(pageSource, pageProblems, new Lazy(table, at, off), off));
            }
            return new FileOutcome(source, problems, pages);
        }

        PageSummary summary(Set<String> disabled) throws IOException {
            String source = text();
            String site = text();
            String path = string();
            long pathLoc = d.getLong();
            String id = string();
            long idLoc = d.getLong();
            String topic = string();
            Integer order = (d.get() != 0) ? d.getInt() : null;
            long orderLoc = d.getLong();
            String subtopic = string();
            String[] questionIds = strings();
            long[] questionIdLocs = longs();
            long[] textHashes = longs();
            long[] textLocs = longs();
            String[] headingIds = strings();
            String siblings = string();
            long siblingsLoc = d.getLong();
            long[] siblingPathLocs = longs();
            long[] siblingOrderLocs = longs();
            int n = count();
            List<PageSummary.Link> links = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                links.add(new PageSummary.Link(text(), string(), text(), d.getLong(), text()));
            }
            if (questionIdLocs.length != questionIds.length || textHashes.length != questionIds.length
                    || textLocs.length != questionIds.length) {
                throw new IOException("question arrays of different lengths");
            }
            return new PageSummary(source, site, path, pathLoc, id, idLoc, topic, order, orderLoc, subtopic, questionIds,
                    questionIdLocs, textHashes, textLocs, headingIds, siblings, siblingsLoc, siblingPathLocs, siblingOrderLocs,
                    List.copyOf(links), disabled);
        }
    }

    /** A page's summary in the cache file, decoded when first asked for. */
    private static final class Lazy implements Supplier<PageSummary> {
        private final Table table;
        private final int at;
        private @Nullable PageSummary summary;
        private final Set<String> disabled;

        Lazy(Table table, int at, Set<String> disabled) {
            this.table = table;
            this.at = at;
            this.disabled = disabled;
        }

        @Override
        public synchronized PageSummary get() {
            if (summary == null) {
                summary = table.decode(at, d -> d.summary(disabled));
            }
            return summary;
        }
    }
}
