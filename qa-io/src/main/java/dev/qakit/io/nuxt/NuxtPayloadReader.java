package dev.qakit.io.nuxt;

import dev.qakit.io.ReadResult;
import dev.qakit.io.SourceMap;
import dev.qakit.io.devalue.DevalueLimits;
import dev.qakit.io.devalue.UnknownTagPolicy;
import dev.qakit.io.internal.input.Utf8;
import dev.qakit.model.JsonNull;
import dev.qakit.model.PageData;
import dev.qakit.model.Undefined;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads one Nuxt payload — a {@code _payload.json}, a prerendered HTML page, or the text of
 * either — into a {@link NuxtPayload}.
 *
 * <pre>{@code
 * NuxtPayloadReader reader = NuxtPayloadReader.builder().build();
 * ReadResult<NuxtPayload> result = reader.read(Path.of("dist/fastapi/fundamentals/async-basics/index.html"));
 * for (PageData page : result.orThrow().pages()) { … }
 * }</pre>
 *
 * <p><b>Inputs.</b> A {@code _payload.json} (devalue text) is decoded with Nuxt's revivers. An
 * HTML page is parsed with a real HTML parser; its payload is the
 * {@code <script type="application/json" id="__NUXT_DATA__">} element (or the one with a
 * {@code data-nuxt-data} attribute when the id is absent). When that script has a
 * {@code data-src} (Nuxt's default "payload extraction"), the page holds only half of the
 * payload: the {@code _payload.json} it names is resolved against the site root (its query and
 * the base URL dropped), decoded, and merged over the HTML half at the root, the file winning,
 * as Nuxt's client does. A root wrapped in {@code ShallowReactive} (the inline form) reads the
 * same. JavaScript payloads ({@code window.__NUXT__=…}, {@code export default …},
 * {@code __NUXT_JSONP__(…)}) are reported as {@value #JAVASCRIPT_PAYLOAD}.
 *
 * <p><b>Mapping.</b> Every entry of {@code data} shaped {@code {page, siblings, blog}} is
 * mapped onto {@link PageData}: each member of the page onto its component, members the model
 * does not know into {@code extra}. A member of the wrong type (questions that are not a list,
 * a number where a string belongs) is an error whose rule id names the field,
 * {@code <record>.<field>-type} ({@code page.order-type}, {@code question.id-type}, the same id
 * the Markdown reader gives the same defect), located at its JSON
 * Pointer and payload slot ({@code /data/qa-~1go~1concurrency/page/order@17}); a malformed body
 * inside a page, or a payload member of the wrong type, is a {@value #TYPE_MISMATCH} error. The value is
 * kept in the record's {@code extra} under its name, so nothing is lost, and the component gets
 * what the Markdown reader makes of the same value (the text of a number where a string
 * belongs, an empty question for a list element that is not an object), so that validation
 * reports the same problems for both. Values that are
 * well-typed but invalid ({@code difficulty: expert}) are kept as written for validation to
 * report. Other entries are kept raw.
 *
 * <p><b>Errors.</b> Reading never throws for defective content: problems are collected in the
 * {@link ReadResult} (use {@link ReadResult#orThrow()} to throw instead). Genuine I/O failures
 * are {@link IOException}s; a missing {@code _payload.json} half is a problem
 * ({@value #MISSING_PAYLOAD_FILE}), not an exception.
 *
 * <p>Immutable and thread-safe; build once and share. Defaults: Nuxt's revivers plus
 * {@code skipHydrate} (Pinia), {@link UnknownTagPolicy#REJECT}, {@link #DEFAULT_LIMITS}, at most 64 MiB per
 * file.
 */
public final class NuxtPayloadReader {
    /** Rule id: an HTML page without a payload script. */
    public static final String NO_PAYLOAD_SCRIPT = "nuxt.no-payload-script";
    /** Rule id (info): a redirect page, as Nitro prerenders a route rule's redirect, with its target and no payload. */
    public static final String REDIRECT_PAGE = "nuxt.redirect-page";
    /** Rule id: a JavaScript payload, which is not supported. */
    public static final String JAVASCRIPT_PAYLOAD = "nuxt.javascript-payload";
    /** Rule id: the {@code _payload.json} a page's {@code data-src} names does not exist. */
    public static final String MISSING_PAYLOAD_FILE = "nuxt.missing-payload-file";
    /** Rule id: the two halves of a split payload disagree: another {@code path}, or {@code prerenderedAt} more than a minute apart. */
    public static final String SPLIT_MISMATCH = "nuxt.split-mismatch";
    /** Rule id: a payload member, or a node of a page body, of the wrong type (page fields have their own ids). */
    public static final String TYPE_MISMATCH = PageDataMapper.TYPE_MISMATCH;
    /** Rule id: the payload root is not an object. */
    public static final String BAD_ROOT = "nuxt.bad-root";
    /** Rule id: a file larger than {@link Builder#maxFileBytes(long)}. */
    public static final String FILE_TOO_LARGE = "nuxt.limit.file-size";
    /** Rule id: a file that is not valid UTF-8 (read on, with invalid bytes replaced by U+FFFD). */
    public static final String ENCODING = "nuxt.encoding";
    /** Rule id: a split payload read from text, whose other half could not be read. */
    public static final String UNMERGED_SPLIT = "nuxt.unmerged-split";

    /** The default nesting depth of {@link #DEFAULT_LIMITS}. */
    public static final int DEFAULT_MAX_DEPTH = 500;

    /** Default of {@link Builder#limits(DevalueLimits)}: the codec's defaults, nesting depth 500. */
    public static final DevalueLimits DEFAULT_LIMITS = DevalueLimits.builder().maxDepth(DEFAULT_MAX_DEPTH).build();

    /**
     * How far apart the {@code prerenderedAt} of a page's two halves may be: the prerenderer
     * renders the page and its {@code _payload.json} in separate requests, so their clocks
     * differ by the time between them (1 ms for the corpus's {@code /search}).
     */
    static final long PRERENDER_TOLERANCE_MS = 60_000;

    /** Default of {@link Builder#maxFileBytes(long)}: 64 MiB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 64L << 20;

    private final Map<String, Function<Object, Object>> revivers;
    private final UnknownTagPolicy unknownTags;
    private final long maxFileBytes;
    private final DevalueLimits limits;
    private final PayloadDecoder decoder;

    private NuxtPayloadReader(Builder b) {
        this.revivers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.revivers));
        this.unknownTags = b.unknownTags;
        this.maxFileBytes = b.maxFileBytes;
        this.limits = b.limits;
        this.decoder = new PayloadDecoder(revivers, unknownTags, limits);
    }

    /**
     * A builder with the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this reader's settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.revivers.putAll(revivers);
        b.unknownTags = unknownTags;
        b.maxFileBytes = maxFileBytes;
        b.limits = limits;
        return b;
    }

    /**
     * Reads a file, choosing by its content: an HTML page (first non-blank character
     * {@code <}), a devalue payload, or a JavaScript payload (reported).
     *
     * @param file the file; the site root of an HTML page's split half is inferred from its location
     * @return the payload and the problems found
     * @throws IOException if the file cannot be read
     */
    public ReadResult<NuxtPayload> read(Path file) throws IOException {
        return readFile(file, null);
    }

    /**
     * Reads an HTML page of a generated site, resolving a split payload's other half against
     * {@code siteRoot}.
     *
     * @param html the page
     * @param siteRoot the generated site's root directory
     * @return the payload and the problems found
     * @throws IOException if the page cannot be read
     */
    public ReadResult<NuxtPayload> readHtml(Path html, Path siteRoot) throws IOException {
        Objects.requireNonNull(siteRoot, "siteRoot");
        return readFile(html, siteRoot);
    }

    /**
     * Reads the text of a {@code _payload.json} (devalue).
     *
     * @param text the text
     * @param source the name for locations, e.g. a file path or {@code <stdin>}
     * @return the payload and the problems found
     */
    public ReadResult<NuxtPayload> readPayload(String text, String source) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Context ctx = new Context(source);
        Half half = ctx.decodePayloadText(text, source);
        return ctx.finish(half, null);
    }

    /**
     * Reads the UTF-8 bytes of a {@code _payload.json} (devalue). Bytes that are not valid
     * UTF-8 are a {@value #ENCODING} problem; they are replaced by U+FFFD and reading goes on.
     *
     * @param bytes the bytes; not modified, and not to be modified while the result is in use
     *     (its source map reads them to locate a pointer)
     * @param source the name for locations, e.g. a file path or {@code <stdin>}
     * @return the payload and the problems found
     */
    public ReadResult<NuxtPayload> readPayload(byte[] bytes, String source) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(source, "source");
        Context ctx = new Context(source);
        return ctx.finish(ctx.decodePayloadBytes(bytes, source), null);
    }

    /**
     * Reads a {@code _payload.json} from a stream of UTF-8 bytes, which is read to its end and
     * not closed. Bytes that are not valid UTF-8 are a {@value #ENCODING} problem, as in
     * {@link #readPayload(byte[], String)}.
     *
     * @param in the bytes
     * @param source the name for locations
     * @return the payload and the problems found
     * @throws IOException if reading fails
     */
    public ReadResult<NuxtPayload> readPayload(InputStream in, String source) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        byte[] bytes = in.readNBytes((int) Math.min(maxFileBytes + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > maxFileBytes) {
            return ReadResult.failed(List.of(Problem.error(FILE_TOO_LARGE,
                    "the payload is larger than the limit of " + maxFileBytes + " bytes", SourceLocation.of(source))),
                    SourceMap.of(source));
        }
        return readPayload(bytes, source);
    }

    /**
     * Reads a {@code _payload.json} from a reader, which is read to its end and not closed.
     *
     * @param in the text
     * @param source the name for locations
     * @return the payload and the problems found
     * @throws IOException if reading fails
     */
    public ReadResult<NuxtPayload> readPayload(Reader in, String source) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        for (int n; (n = in.read(buf)) > 0; ) {
            sb.append(buf, 0, n);
            if (sb.length() > maxFileBytes) {
                return ReadResult.failed(List.of(Problem.error(FILE_TOO_LARGE,
                        "the payload is larger than the limit of " + maxFileBytes + " bytes", SourceLocation.of(source))),
                        SourceMap.of(source));
            }
        }
        return readPayload(sb.toString(), source);
    }

    /**
     * Reads the text of an HTML page. A split payload's other half cannot be read from text:
     * that is reported as {@value #UNMERGED_SPLIT} (a warning) and the HTML half is returned.
     *
     * @param html the page's text
     * @param source the name for locations
     * @return the payload and the problems found
     */
    public ReadResult<NuxtPayload> readHtml(String html, String source) {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(source, "source");
        Context ctx = new Context(source);
        return ctx.html(HtmlPayloadScript.find(html), null, null);
    }

    private ReadResult<NuxtPayload> readFile(Path file, @Nullable Path siteRoot) throws IOException {
        Objects.requireNonNull(file, "file");
        String source = sourceName(file);
        Context ctx = new Context(source);
        byte[] bytes = ctx.readBytes(file, source);
        if (bytes == null) {
            return ReadResult.failed(ctx.problems, SourceMap.of(source));
        }
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (!name.endsWith(".html") && !name.endsWith(".htm") && !name.endsWith(".js") && startsWithArray(bytes)) {
            // a devalue payload: decoded from its bytes (the text is made only to locate a problem)
            return ctx.finish(ctx.decodePayloadBytes(bytes, source), null);
        }
        boolean html = name.endsWith(".html") || name.endsWith(".htm");
        if (html && !Utf8.hasBom(bytes) && Utf8.isValid(bytes)) {
            // a page as Nuxt writes it: its payload script found in the bytes, the page not decoded
            return ctx.html(HtmlPayloadScript.find(bytes), file, siteRoot);
        }
        String text = ctx.text(bytes, source);
        String start = text.stripLeading();
        if (start.startsWith("<") || html) {
            return ctx.html(HtmlPayloadScript.find(text), file, siteRoot);
        }
        String jsForm = HtmlPayloadScript.javaScriptForm(text);
        if (jsForm != null || name.endsWith(".js")) {
            ctx.problems.add(javaScript(jsForm == null ? "a .js module" : jsForm, SourceLocation.at(source, 1, 1)));
            return ReadResult.failed(ctx.problems, SourceMap.of(source));
        }
        return ctx.finish(ctx.decodePayloadText(text, source), null);
    }

    /** Whether the first character after blanks (and a byte-order mark) is {@code [}: a devalue table. */
    private static boolean startsWithArray(byte[] bytes) {
        int i = Utf8.hasBom(bytes) ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) {
            i++;
        }
        return i < bytes.length && bytes[i] == '[';
    }

    static String sourceName(Path file) {
        return file.toString().replace('\\', '/');
    }

    private static Problem javaScript(String form, SourceLocation at) {
        return Problem.error(JAVASCRIPT_PAYLOAD, "JavaScript payload (" + form + ") is not supported: it is written by Nuxt 2,"
                + " Nuxt < 3.5 or with experimental.renderJsonPayloads: false; expected a JSON payload"
                + " (<script type=\"application/json\" id=\"__NUXT_DATA__\"> or a _payload.json)", at);
    }

    /** One decoded half: its root members, where they came from, and its locator. */
    private record Half(String source, @Nullable Map<String, Object> root, PayloadSlots locator, boolean ssr) {
    }

    /** The state of one read: its problems. */
    private final class Context {
        private final String source;
        private final List<Problem> problems = new ArrayList<>();

        Context(String source) {
            this.source = source;
        }

        byte @Nullable [] readBytes(Path file, String name) throws IOException {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                problems.add(Problem.error(FILE_TOO_LARGE, "the file has " + size + " bytes, more than the limit of "
                        + maxFileBytes, SourceLocation.of(name)));
                return null;
            }
            return Files.readAllBytes(file);
        }

        /** The text of UTF-8 bytes, without a byte-order mark; bad bytes are reported and replaced. */
        String text(byte[] bytes, String name) {
            Utf8.Decoded decoded = Utf8.decode(bytes);
            String text = decoded.text();
            if (!decoded.wellFormed()) {
                // Bad bytes are a defect of the content, not a failure to read: reported, replaced by U+FFFD, read on.
                problems.add(Problem.error(ENCODING, "the file is not valid UTF-8; invalid bytes were replaced by U+FFFD",
                        SourceLocation.of(name)));
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }

        Half decodePayloadText(String text, String name) {
            return decode(text, name, 1, 1, true);
        }

        Half decodePayloadBytes(byte[] bytes, String name) {
            if (!Utf8.isValid(bytes)) {
                return decodePayloadText(text(bytes, name), name);
            }
            boolean bom = Utf8.hasBom(bytes);
            // without its byte-order mark, so that columns on the first line count as in the text
            byte[] payload = bom ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
            return half(decoder.decode(payload, name), name, true);
        }

        private Half decode(String text, String name, int line, int column, boolean ssr) {
            return half(decoder.decode(text, name, line, column), name, ssr);
        }

        private Half half(PayloadDecoder.Decoded d, String name, boolean ssr) {
            problems.addAll(d.problems());
            Object root = d.root();
            if (root == null) {
                return new Half(name, null, d.locator(), ssr);
            }
            Object unwrapped = Wrappers.unwrapShallow(root);
            if (!(unwrapped instanceof Map)) {
                problems.add(Problem.error(BAD_ROOT, "a Nuxt payload's root must be an object, found "
                        + PageDataMapper.describe(unwrapped), d.locator().locate(name, "")));
                return new Half(name, null, d.locator(), ssr);
            }
            return new Half(name, object(unwrapped), d.locator(), ssr);
        }

        ReadResult<NuxtPayload> html(HtmlPayloadScript found, @Nullable Path file, @Nullable Path siteRoot) {
            if (found instanceof HtmlPayloadScript.Missing missing && missing.redirect() != null) {
                problems.add(new Problem(dev.qakit.model.problem.Severity.INFO, REDIRECT_PAGE, "a redirect page to '"
                        + missing.redirect() + "' (as Nitro prerenders a route rule's redirect); it has no payload, so nothing"
                        + " here is checked", missing.line() > 0 ? SourceLocation.at(source, missing.line(), missing.column())
                                : SourceLocation.of(source)));
                // not a defect: the page holds no data, so it reads as an empty payload
                NuxtPayload empty = new NuxtPayload(source, Map.of(), Map.of(), List.of(), Map.of(), List.of(), Map.of(), null, null,
                        null, null, Map.of());
                return ReadResult.of(empty, problems, SourceMap.of(source));
            }
            if (found instanceof HtmlPayloadScript.Missing) {
                problems.add(Problem.error(NO_PAYLOAD_SCRIPT, "the page has no payload: expected a"
                        + " <script type=\"application/json\" id=\"__NUXT_DATA__\"> (or data-nuxt-data) element",
                        SourceLocation.of(source)));
                return ReadResult.failed(problems, SourceMap.of(source));
            }
            if (found instanceof HtmlPayloadScript.JavaScript js) {
                problems.add(javaScript(js.form(), js.line() > 0 ? SourceLocation.at(source, js.line(), js.column())
                        : SourceLocation.of(source)));
                return ReadResult.failed(problems, SourceMap.of(source));
            }
            HtmlPayloadScript.Json json = (HtmlPayloadScript.Json) found;
            Half page = decode(json.json(), source, Math.max(json.line(), 1), Math.max(json.column(), 1), json.ssr());
            Half data = null;
            if (json.dataSrc() != null && page.root() != null) {
                if (file == null) {
                    problems.add(Problem.warning(UNMERGED_SPLIT, "the payload is split and its data half '" + json.dataSrc()
                            + "' cannot be read from text; read the page from its file to merge it",
                            page.locator().locate(source, "")));
                } else {
                    Path other = SplitPayloads.resolve(file, siteRoot, json.dataSrc());
                    if (other == null || !Files.isRegularFile(other)) {
                        problems.add(Problem.error(MISSING_PAYLOAD_FILE, "the page's data-src names '" + json.dataSrc()
                                + "', but " + (other == null ? "that is not a file of the site" : "'" + sourceName(relativeTo(file, other))
                                + "' does not exist") + "; the page's async data is missing",
                                SourceLocation.at(source, Math.max(json.line(), 1), Math.max(json.column(), 1))));
                    } else {
                        try {
                            String otherName = sourceName(relativeTo(file, other));
                            byte[] otherBytes = readBytes(other, otherName);
                            if (otherBytes != null) {
                                data = decodePayloadBytes(otherBytes, otherName);
                            }
                        } catch (IOException e) {
                            problems.add(Problem.error(MISSING_PAYLOAD_FILE, "the page's data-src names '" + json.dataSrc()
                                    + "', which cannot be read: " + e.getMessage(), SourceLocation.of(source)));
                        }
                    }
                }
            }
            return finish(page, data);
        }

        /** The other file named as the page was named: relative when the page's path is. */
        private Path relativeTo(Path file, Path other) {
            if (file.isAbsolute()) {
                return other;
            }
            Path base = Path.of("").toAbsolutePath();
            Path abs = other.toAbsolutePath().normalize();
            return abs.startsWith(base) ? base.relativize(abs) : abs;
        }

        ReadResult<NuxtPayload> finish(Half page, @Nullable Half data) {
            if (page.root() == null && (data == null || data.root() == null)) {
                if (problems.stream().noneMatch(Problem::isError)) {
                    problems.add(Problem.error(BAD_ROOT, "the payload has no root object", SourceLocation.of(source)));
                }
                return ReadResult.failed(problems, page.locator().sourceMap(page.source(), ""));
            }
            Map<String, Object> root = new LinkedHashMap<>();
            Map<String, Half> owner = new LinkedHashMap<>();
            if (page.root() != null) {
                root.putAll(page.root());
                for (String k : page.root().keySet()) {
                    owner.put(k, page);
                }
            }
            if (data != null && data.root() != null) {
                if (page.root() != null) {
                    contradiction("path", page, data);
                    contradiction("prerenderedAt", page, data);
                }
                root.putAll(data.root());
                for (String k : data.root().keySet()) {
                    owner.put(k, data);
                }
            }
            NuxtPayload payload = assemble(root, owner, page);
            Map<String, Half> owners = owner;
            SourceMap map = pointer -> {
                String first = pointer.isEmpty() ? "" : pointer.substring(1).split("/", 2)[0].replace("~1", "/").replace("~0", "~");
                Half h = owners.getOrDefault(first, page);
                return h.locator().sourceMap(h.source(), "").locate(pointer);
            };
            return ReadResult.of(payload, problems, map);
        }

        private void contradiction(String key, Half page, Half data) {
            Object a = page.root().get(key);
            Object b = data.root().get(key);
            if (a == null || b == null || a == Undefined.INSTANCE || b == Undefined.INSTANCE || sameValue(a, b)
                    || key.equals("prerenderedAt") && a instanceof Number x && b instanceof Number y
                    && Math.abs(x.doubleValue() - y.doubleValue()) <= PRERENDER_TOLERANCE_MS) {
                return;
            }
            problems.add(Problem.error(SPLIT_MISMATCH, "the page's payload says " + key + " " + PageDataMapper.describe(a)
                    + " but its _payload.json half (" + data.source() + ") says " + PageDataMapper.describe(b),
                    page.locator().locate(page.source(), "/" + key)));
        }

        private NuxtPayload assemble(Map<String, Object> root, Map<String, Half> owner, Half page) {
            Map<String, Object> data = new LinkedHashMap<>();
            List<DataEntry> entries = new ArrayList<>();
            Map<String, Object> state = Map.of();
            List<Object> once = List.of();
            Map<String, Object> errors = Map.of();
            Boolean serverRendered = null;
            String path = null;
            Long prerenderedAt = null;
            Object error = null;
            Map<String, Object> extra = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : root.entrySet()) {
                String key = e.getKey();
                Object raw = e.getValue();
                Half h = owner.getOrDefault(key, page);
                String at = "/" + SourceMap.escape(key);
                Object v = Wrappers.unwrapShallow(raw);
                switch (key) {
                    case "data" -> {
                        Map<String, Object> m = objectMember(v, key, h, at);
                        if (m == null) {
                            extra.put(key, raw);
                            continue;
                        }
                        for (Map.Entry<String, Object> d : m.entrySet()) {
                            Object value = Wrappers.unwrapDeep(d.getValue());
                            data.put(d.getKey(), value);
                            String prefix = at + "/" + SourceMap.escape(d.getKey());
                            if (PageDataMapper.isQuestionPage(value)) {
                                ReadResult<PageData> r = PageDataMapper.map(value, h.source(), prefix, h.locator());
                                problems.addAll(r.problems());
                                entries.add(new DataEntry.QuestionPage(d.getKey(), value, r.value().orElseThrow(), r.sourceMap()));
                            } else {
                                entries.add(new DataEntry.Raw(d.getKey(), value));
                            }
                        }
                    }
                    case "state" -> {
                        Map<String, Object> m = objectMember(v, key, h, at);
                        if (m == null) {
                            extra.put(key, raw);
                        } else {
                            state = m;
                        }
                    }
                    case "_errors" -> {
                        Map<String, Object> m = objectMember(v, key, h, at);
                        if (m == null) {
                            extra.put(key, raw);
                        } else {
                            errors = m;
                        }
                    }
                    case "once" -> {
                        List<Object> members = Wrappers.setMembers(v);
                        if (members == null) {
                            mismatch(key, "a Set", v, h, at);
                            extra.put(key, raw);
                        } else {
                            once = members;
                        }
                    }
                    case "serverRendered" -> {
                        if (v instanceof Boolean b) {
                            serverRendered = b;
                        } else if (!isAbsent(v)) {
                            mismatch(key, "a boolean", v, h, at);
                            extra.put(key, raw);
                        }
                    }
                    case "path" -> {
                        if (v instanceof String s) {
                            path = s;
                        } else if (!isAbsent(v)) {
                            mismatch(key, "a string", v, h, at);
                            extra.put(key, raw);
                        }
                    }
                    case "prerenderedAt" -> {
                        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && Double.isFinite(n.doubleValue())) {
                            prerenderedAt = n.longValue();
                        } else if (!isAbsent(v)) {
                            mismatch(key, "a time in epoch milliseconds", v, h, at);
                            extra.put(key, raw);
                        }
                    }
                    case "error" -> {
                        if (!isAbsent(v)) {
                            error = v;
                        }
                    }
                    default -> extra.put(key, raw);
                }
            }
            return new NuxtPayload(page.source(), root, data, entries, state, once, errors, serverRendered, path,
                    prerenderedAt, error, extra);
        }

        private @Nullable Map<String, Object> objectMember(Object v, String key, Half h, String at) {
            if (v instanceof Map) {
                return object(v);
            }
            if (!isAbsent(v)) {
                mismatch(key, "an object", v, h, at);
            }
            return null;
        }

        private void mismatch(String key, String expected, Object v, Half h, String at) {
            problems.add(Problem.error(TYPE_MISMATCH, "payload member '" + key + "' must be " + expected + ", found "
                    + PageDataMapper.describe(v), h.locator().locate(h.source(), at)));
        }
    }

    private static boolean isAbsent(Object v) {
        return v == JsonNull.INSTANCE || v == Undefined.INSTANCE;
    }

    private static boolean sameValue(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return a.equals(b);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object v) {
        return (Map<String, Object>) v;
    }

    /**
     * Builds {@link NuxtPayloadReader}s. Not thread-safe; {@link #build()} copies the settings,
     * so a builder can be reused.
     */
    public static final class Builder {
        private final Map<String, Function<Object, Object>> revivers = new LinkedHashMap<>();
        private UnknownTagPolicy unknownTags = UnknownTagPolicy.REJECT;
        private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;
        private DevalueLimits limits = DEFAULT_LIMITS;

        private Builder() {
        }

        /**
         * The devalue codec's limits (nesting depth, string length, …); a crossed limit is a
         * problem. Defaults to {@link #DEFAULT_LIMITS}: the codec's defaults with a nesting depth
         * of {@value #DEFAULT_MAX_DEPTH}, which keeps every later step (mapping, JSON writing)
         * far from the stack's limit; real payloads nest a few dozen levels.
         *
         * @param limits the limits
         * @return this builder
         */
        public Builder limits(DevalueLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Registers a reviver for a custom devalue tag (one an app or module added with
         * {@code definePayloadReducer}). It is consulted before the built-in revivers, so it can
         * also replace one of them.
         *
         * @param name the tag name, as written in the payload ({@code SemVer})
         * @param reviver turns the tag's decoded value into the value to keep; must not return null
         * @return this builder
         * @throws IllegalArgumentException if the name is blank
         */
        public Builder reviver(String name, Function<Object, Object> reviver) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(reviver, "reviver");
            if (name.isBlank()) {
                throw new IllegalArgumentException("a tag name must not be blank");
            }
            revivers.put(name, reviver);
            return this;
        }

        /**
         * What to do with a tag that has no reviver. Defaults to {@link UnknownTagPolicy#REJECT}.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder unknownTags(UnknownTagPolicy policy) {
            this.unknownTags = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * The largest file read, in bytes; larger ones are a {@value #FILE_TOO_LARGE} problem,
         * not an {@link OutOfMemoryError}. Defaults to {@value #DEFAULT_MAX_FILE_BYTES} (64 MiB).
         *
         * @param bytes the limit, at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code bytes} is less than 1
         */
        public Builder maxFileBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxFileBytes must be at least 1, got " + bytes);
            }
            this.maxFileBytes = bytes;
            return this;
        }

        /**
         * The reader.
         *
         * @return a new immutable reader
         */
        public NuxtPayloadReader build() {
            return new NuxtPayloadReader(this);
        }
    }
}
