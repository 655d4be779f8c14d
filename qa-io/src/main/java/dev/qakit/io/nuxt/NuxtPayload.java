package dev.qakit.io.nuxt;

import dev.qakit.model.PageData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Nuxt payload root ({@code nuxtApp.payload}) as a page's HTML and {@code _payload.json}
 * carry it, the two halves of a split payload merged.
 *
 * <p>The members Nuxt defines are typed: {@link #data()} and its {@link #entries()},
 * {@link #state()}, {@link #once()}, {@link #errors()} ({@code _errors}),
 * {@link #serverRendered()}, {@link #path()}, {@link #prerenderedAt()} and {@link #error()};
 * every other member ({@code pinia}, {@code prefetchLinks}, a module's own) is in
 * {@link #extra()}. Values are those of the devalue codec; Nuxt's reactive wrappers around
 * {@code data}, {@code state} and {@code _errors} are removed, values inside {@code state} and
 * {@link #extra()} keep theirs. Immutable.
 */
public final class NuxtPayload {
    private final String source;
    private final Map<String, Object> root;
    private final Map<String, Object> data;
    private final List<DataEntry> entries;
    private final Map<String, Object> state;
    private final List<Object> once;
    private final Map<String, Object> errors;
    private final @Nullable Boolean serverRendered;
    private final @Nullable String path;
    private final @Nullable Long prerenderedAt;
    private final @Nullable Object error;
    private final Map<String, Object> extra;

    NuxtPayload(String source, Map<String, Object> root, Map<String, Object> data, List<DataEntry> entries,
            Map<String, Object> state, List<Object> once, Map<String, Object> errors, @Nullable Boolean serverRendered,
            @Nullable String path, @Nullable Long prerenderedAt, @Nullable Object error, Map<String, Object> extra) {
        this.source = Objects.requireNonNull(source, "source");
        this.root = copy(root);
        this.data = copy(data);
        this.entries = List.copyOf(entries);
        this.state = copy(state);
        this.once = List.copyOf(once);
        this.errors = copy(errors);
        this.serverRendered = serverRendered;
        this.path = path;
        this.prerenderedAt = prerenderedAt;
        this.error = error;
        this.extra = copy(extra);
    }

    private static Map<String, Object> copy(Map<String, Object> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    /**
     * The file (or label) the payload was read from; for a split payload, the HTML page.
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /**
     * The whole root object as decoded (after the merge), members in order, wrappers kept.
     *
     * @return the root members
     */
    public Map<String, Object> root() {
        return root;
    }

    /**
     * {@code data}: async-data results by key, each with its reactive wrappers removed.
     *
     * @return the entries' values by key, in order; empty when the payload has no data
     */
    public Map<String, Object> data() {
        return data;
    }

    /**
     * The entries of {@link #data()}, classified: question pages mapped onto the model, the
     * rest raw.
     *
     * @return the entries, in payload order
     */
    public List<DataEntry> entries() {
        return entries;
    }

    /**
     * The question pages among {@link #entries()}.
     *
     * @return the page data, in payload order
     */
    public List<PageData> pages() {
        List<PageData> pages = new ArrayList<>();
        for (DataEntry e : entries) {
            if (e instanceof DataEntry.QuestionPage q) {
                pages.add(q.data());
            }
        }
        return pages;
    }

    /**
     * The entry under a key of {@code data}.
     *
     * @param key the key, e.g. {@code qa-/go/concurrency}
     * @return the entry, or empty
     */
    public Optional<DataEntry> entry(String key) {
        Objects.requireNonNull(key, "key");
        for (DataEntry e : entries) {
            if (e.key().equals(key)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * {@code state}: {@code useState} values by key (keys start with {@code $s}), the
     * {@code Reactive} wrapper around the object removed.
     *
     * @return the state, in order; empty when absent
     */
    public Map<String, Object> state() {
        return state;
    }

    /**
     * {@code once}: the keys {@code callOnce} already ran, in order.
     *
     * @return the members of the {@code once} set; empty when absent
     */
    public List<Object> once() {
        return once;
    }

    /**
     * {@code _errors}: per async-data key a {@code NuxtError} value, or {@code undefined}
     * (Nuxt 4) / {@code null} (Nuxt 3) for keys that succeeded.
     *
     * @return the errors by key, in order; empty when absent
     */
    public Map<String, Object> errors() {
        return errors;
    }

    /**
     * {@code serverRendered}: whether server-side rendering ran (false for SPA fallbacks).
     *
     * @return the flag, or empty when absent
     */
    public Optional<Boolean> serverRendered() {
        return Optional.ofNullable(serverRendered);
    }

    /**
     * {@code path}: the rendered route, with its query.
     *
     * @return the route, or empty when absent
     */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    /**
     * {@code prerenderedAt}: when the page was prerendered, in epoch milliseconds.
     *
     * @return the time, or empty for error pages and runtime renders
     */
    public Optional<Long> prerenderedAt() {
        return Optional.ofNullable(prerenderedAt);
    }

    /**
     * {@link #prerenderedAt()} as an instant.
     *
     * @return the instant, or empty
     */
    public Optional<Instant> prerenderedInstant() {
        return prerenderedAt().map(Instant::ofEpochMilli);
    }

    /**
     * {@code error}: the page-level error (a null-prototype object with {@code statusCode},
     * {@code message}, …) of an error page.
     *
     * @return the error value, or empty when absent or {@code null}/{@code undefined}
     */
    public Optional<Object> error() {
        return Optional.ofNullable(error);
    }

    /**
     * The root members Nuxt itself does not define ({@code pinia}, {@code prefetchLinks}, …).
     *
     * @return the members, in order
     */
    public Map<String, Object> extra() {
        return extra;
    }

    @Override
    public String toString() {
        return "NuxtPayload[" + source + ", path=" + path + ", entries=" + entries.size() + "]";
    }
}
