package dev.qakit.io.markdown;

import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Sibling;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The sibling lists of a content tree, as this site family's page computes them: the pages
 * with the same {@code frameworkSlug} and {@code topicSlug}, the page itself included, as
 * {@code {subtopic, path, order}} ordered by {@code order} (a missing order first, as SQLite
 * sorts {@code NULL}; ties in stem order, the order Nuxt Content inserts files in).
 *
 * <p>Keeps only those three values per page, so an index over a large tree stays small.
 * A page without {@code frameworkSlug} or {@code topicSlug} has no siblings (the SQL
 * {@code = NULL} comparison matches nothing). Immutable and thread-safe.
 */
public final class SiblingIndex {
    private static final Comparator<Entry> ORDER = Comparator
            .comparing((Entry e) -> e.sibling.order(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(e -> e.stem);

    private final Map<String, List<Sibling>> byTopic;

    private SiblingIndex(Map<String, List<Sibling>> byTopic) {
        this.byTopic = byTopic;
    }

    private record Entry(String stem, Sibling sibling) {
    }

    /**
     * Indexes pages.
     *
     * @param pages the pages of one content tree
     * @return the index
     */
    public static SiblingIndex of(Collection<Page> pages) {
        Objects.requireNonNull(pages, "pages");
        Map<String, List<Entry>> groups = new HashMap<>();
        for (Page p : pages) {
            String key = key(p);
            if (key != null) {
                groups.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new Entry(p.stem() == null ? "" : p.stem(), new Sibling(p.subtopic(), p.path(), p.order(), Map.of())));
            }
        }
        Map<String, List<Sibling>> out = new HashMap<>();
        groups.forEach((k, list) -> {
            list.sort(ORDER);
            out.put(k, list.stream().map(Entry::sibling).toList());
        });
        return new SiblingIndex(out);
    }

    private static @Nullable String key(Page p) {
        if (p.frameworkSlug() == null || p.topicSlug() == null) {
            return null;
        }
        return p.frameworkSlug() + "\u0000" + p.topicSlug();
    }

    /**
     * The siblings of a page.
     *
     * @param page a page (of the indexed tree or not)
     * @return the siblings, ordered; empty when the page has no framework or topic slug
     */
    public List<Sibling> siblingsOf(Page page) {
        String key = key(Objects.requireNonNull(page, "page"));
        return key == null ? List.of() : byTopic.getOrDefault(key, List.of());
    }

    /**
     * Page data with its siblings filled in from this index.
     *
     * @param data the page data
     * @return a copy with {@link PageData#siblings()} replaced
     */
    public PageData attach(PageData data) {
        return data.withSiblings(siblingsOf(data.page()));
    }
}
