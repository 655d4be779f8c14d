package dev.qakit.validate.internal;

import dev.qakit.model.ContentPaths;
import dev.qakit.model.Page;
import org.jspecify.annotations.Nullable;

/** The topic a page belongs to: the parent of its route ({@code /fastapi/fundamentals}). */
public final class Topic {
    private Topic() {
    }

    /**
     * The topic of a page, from its path or else its stem.
     *
     * @param page the page
     * @return the parent route ({@code /} for a page at the top), or null for the root page or a page without a route
     */
    public static @Nullable String of(Page page) {
        String path = page.path();
        if (path == null && page.stem() != null) {
            path = ContentPaths.routeOf(page.stem());
        }
        if (path == null || path.equals("/")) {
            return null;
        }
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }
}
