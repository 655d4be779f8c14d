package dev.qakit.validate.internal;

import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.Severity;
import dev.qakit.model.problem.SourceLocation;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The entries of a result cache: per file context, the SHA-256 of the bytes last checked and
 * what checking them found ({@link FileOutcome}), with the file's path so that entries of
 * deleted files can be dropped. Reads and writes the cache's one binary file, whose header
 * names the format and the code that wrote it; a file of another format or code, or one that
 * cannot be decoded, gives an empty store. Thread-safe.
 */
public final class CacheStore {
    private static final byte[] MAGIC = "qakit-result-cache\n".getBytes(StandardCharsets.US_ASCII);
    /** Bumped whenever the encoding below or the meaning of an outcome changes. */
    private static final int FORMAT = 3;
    private static final Severity[] SEVERITIES = Severity.values();

    private final String stamp;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private volatile boolean changed;

    /**
     * One file's entry: the hash of the bytes checked, and the file's size and modification time
     * when it was read, trusted instead of the hash only when the file was last modified well
     * before it was read (else an edit in the same clock tick could go unseen).
     */
    private record Entry(byte[] hash, String file, long size, long modified, long readAt, FileOutcome outcome) {
        boolean unchanged(long sizeNow, long modifiedNow) {
            return size == sizeNow && modified == modifiedNow && modified < readAt - RACY_MILLIS;
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
        this.stamp = stamp;
    }

    /**
     * The SHA-256 of a file's bytes.
     *
     * @param bytes the bytes
     * @return the hash
     */
    public static byte[] hash(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
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
    public @Nullable FileOutcome get(String context, long size, long modified) {
        String key = context;
        Entry e = entries.get(key);
        if (e != null && e.unchanged(size, modified)) {
            used.add(key);
            hits.incrementAndGet();
            return e.outcome;
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
    public @Nullable FileOutcome get(String context, byte[] hash, long size, long modified, long readAt) {
        String key = context;
        Entry e = entries.get(key);
        if (e != null && Arrays.equals(e.hash, hash)) {
            used.add(key);
            hits.incrementAndGet();
            if (e.size != size || e.modified != modified || e.readAt != readAt) {
                // the same bytes, touched or first seen racily: next time the size and time answer
                entries.put(key, new Entry(hash, e.file, size, modified, readAt, e.outcome));
                changed = true;
            }
            return e.outcome;
        }
        misses.incrementAndGet();
        return null;
    }

    /**
     * Keeps what checking a file found.
     *
     * @param context the file's context
     * @param hash the hash of the bytes checked
     * @param file the file's path
     * @param size the file's size when read
     * @param modified its modification time when read, in milliseconds
     * @param readAt when it was read, in milliseconds
     * @param outcome the outcome
     */
    public void put(String context, byte[] hash, Path file, long size, long modified, long readAt, FileOutcome outcome) {
        String key = context;
        entries.put(key, new Entry(hash, file.toAbsolutePath().normalize().toString(), size, modified, readAt, outcome));
        used.add(key);
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
     * Reads a store written by {@link #write(OutputStream)}.
     *
     * @param in the stream
     * @param stamp the code that reads it
     * @return the store: empty when the stream was written by other code or another format
     * @throws IOException if the stream cannot be read or decoded
     */
    public static CacheStore read(InputStream in, String stamp) throws IOException {
        CacheStore store = new CacheStore(stamp);
        // one read of the whole file, then decoding from memory: no stream call per value
        ByteBuffer d = ByteBuffer.wrap(in.readAllBytes());
        try {
            byte[] magic = new byte[MAGIC.length];
            d.get(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IOException("not a qakit result cache");
            }
            if (d.getInt() != FORMAT) {
                return store;
            }
            Decoder r = new Decoder(d);
            if (!stamp.equals(r.string())) {
                return store;
            }
            int n = d.getInt();
            for (int i = 0; i < n; i++) {
                String[] lines = new String[count(d)];
                for (int j = 0; j < lines.length; j++) {
                    lines[j] = r.text();
                }
                byte[] hash = new byte[32];
                d.get(hash);
                String file = r.text();
                long size = d.getLong();
                long modified = d.getLong();
                long readAt = d.getLong();
                store.entries.put(String.join("\n", lines), new Entry(hash, file, size, modified, readAt, r.outcome()));
            }
        } catch (BufferUnderflowException e) {
            throw new EOFException("the cache file ends inside an entry");
        }
        if (d.hasRemaining()) {
            throw new IOException("bytes after the last entry");
        }
        return store;
    }

    /**
     * Writes the store's entries: those used since it was made, and the others whose file still
     * exists.
     *
     * @param out the stream, not closed
     * @throws IOException if writing fails
     */
    public void write(OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
        d.write(MAGIC);
        d.writeInt(FORMAT);
        Encoder w = new Encoder(d);
        w.string(stamp);
        List<Map.Entry<String, Entry>> kept = new ArrayList<>();
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            if (used.contains(e.getKey()) || Files.exists(Path.of(e.getValue().file))) {
                kept.add(e);
            }
        }
        kept.sort(Map.Entry.comparingByKey());
        d.writeInt(kept.size());
        for (Map.Entry<String, Entry> e : kept) {
            Entry entry = e.getValue();
            // a context line by line, so that the lines all files share (the site, the reader's settings) are written once
            String[] lines = e.getKey().split("\n", -1);
            d.writeInt(lines.length);
            for (String line : lines) {
                w.string(line);
            }
            d.write(entry.hash);
            w.string(entry.file);
            d.writeLong(entry.size);
            d.writeLong(entry.modified);
            d.writeLong(entry.readAt);
            w.outcome(entry.outcome);
        }
        d.flush();
        changed = false;
    }

    /** Writes values; each distinct string once, later uses by number. */
    private static final class Encoder {
        private final DataOutputStream d;
        private final Map<String, Integer> strings = new HashMap<>();

        Encoder(DataOutputStream d) {
            this.d = d;
        }

        void string(@Nullable String s) throws IOException {
            if (s == null) {
                d.writeInt(-1);
                return;
            }
            Integer index = strings.get(s);
            if (index != null) {
                d.writeInt(index);
                return;
            }
            strings.put(s, strings.size());
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            d.writeInt(-2);
            d.writeInt(utf8.length);
            d.write(utf8);
        }

        void strings(String[] values) throws IOException {
            d.writeInt(values.length);
            for (String s : values) {
                string(s);
            }
        }

        void longs(long[] values) throws IOException {
            d.writeInt(values.length);
            for (long v : values) {
                d.writeLong(v);
            }
        }

        void location(SourceLocation l) throws IOException {
            string(l.source());
            d.writeInt(l.line());
            d.writeInt(l.column());
            string(l.pointer());
        }

        void problems(List<Problem> problems) throws IOException {
            d.writeInt(problems.size());
            for (Problem p : problems) {
                d.writeByte(p.severity().ordinal());
                string(p.ruleId());
                string(p.message());
                location(p.location());
                d.writeInt(p.related().size());
                for (SourceLocation r : p.related()) {
                    location(r);
                }
            }
        }

        void outcome(FileOutcome o) throws IOException {
            string(o.source());
            problems(o.problems());
            d.writeInt(o.pages().size());
            for (PageChecker.Outcome page : o.pages()) {
                string(page.source());
                problems(page.problems());
                PageSummary s = page.summary();
                d.writeBoolean(s != null);
                if (s != null) {
                    summary(s);
                }
            }
        }

        void summary(PageSummary s) throws IOException {
            string(s.source);
            string(s.site);
            string(s.path);
            d.writeLong(s.pathLoc);
            string(s.id);
            d.writeLong(s.idLoc);
            string(s.topic);
            d.writeBoolean(s.order != null);
            if (s.order != null) {
                d.writeInt(s.order);
            }
            d.writeLong(s.orderLoc);
            string(s.subtopic);
            strings(s.questionIds);
            longs(s.questionIdLocs);
            longs(s.textHashes);
            longs(s.textLocs);
            strings(s.headingIds);
            string(s.siblings);
            d.writeLong(s.siblingsLoc);
            longs(s.siblingPathLocs);
            longs(s.siblingOrderLocs);
            d.writeInt(s.links.size());
            for (PageSummary.Link l : s.links) {
                string(l.route());
                string(l.fragment());
                string(l.written());
                d.writeLong(l.loc());
                string(l.pointer());
            }
            strings(s.disabled.toArray(String[]::new));
        }
    }

    private static int count(ByteBuffer d) throws IOException {
        int n = d.getInt();
        if (n < 0 || n > d.remaining()) {
            throw new IOException("a count of " + n);
        }
        return n;
    }

    /** Reads what {@link Encoder} wrote; every count is checked, so a damaged file fails cleanly. */
    private static final class Decoder {
        private final ByteBuffer d;
        private final List<String> strings = new ArrayList<>();

        Decoder(ByteBuffer d) {
            this.d = d;
        }

        private int count() throws IOException {
            int n = d.getInt();
            // every counted element takes at least one byte of what is left
            if (n < 0 || n > d.remaining()) {
                throw new IOException("a count of " + n);
            }
            return n;
        }

        @Nullable String string() throws IOException {
            int n = d.getInt();
            if (n == -1) {
                return null;
            }
            if (n == -2) {
                int length = count();
                if (length > d.remaining()) {
                    throw new EOFException("a string past the end of the file");
                }
                String s = new String(d.array(), d.arrayOffset() + d.position(), length, StandardCharsets.UTF_8);
                d.position(d.position() + length);
                strings.add(s);
                return s;
            }
            if (n < 0 || n >= strings.size()) {
                throw new IOException("no string number " + n);
            }
            return strings.get(n);
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
                pages.add(new PageChecker.Outcome(pageSource, pageProblems, (d.get() != 0) ? summary() : null));
            }
            return new FileOutcome(source, problems, pages);
        }

        PageSummary summary() throws IOException {
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
            Set<String> disabled = new LinkedHashSet<>(List.of(strings()));
            if (questionIdLocs.length != questionIds.length || textHashes.length != questionIds.length
                    || textLocs.length != questionIds.length) {
                throw new IOException("question arrays of different lengths");
            }
            return new PageSummary(source, site, path, pathLoc, id, idLoc, topic, order, orderLoc, subtopic, questionIds,
                    questionIdLocs, textHashes, textLocs, headingIds, siblings, siblingsLoc, siblingPathLocs, siblingOrderLocs,
                    List.copyOf(links), Set.copyOf(disabled));
        }
    }
}
