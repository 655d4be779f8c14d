package dev.qakit.render.internal;

import dev.qakit.model.ContentPaths;
import dev.qakit.model.Page;
import org.jspecify.annotations.Nullable;

/** Facts about a page that several renderers show the same way. */
public final class PageFacts {
    private PageFacts() {
    }

    /**
     * The page's title: {@code title}, else {@code subtopic}, else {@code Untitled page}.
     *
     * @param page the page
     * @return the title
     */
    public static String title(Page page) {
        if (present(page.title())) {
            return page.title();
        }
        return present(page.subtopic()) ? page.subtopic() : "Untitled page";
    }

    /**
     * The page's route: {@code path}, else the route of its {@code stem}.
     *
     * @param page the page
     * @return the route, or null when the page has neither
     */
    public static @Nullable String route(Page page) {
        if (page.path() != null) {
            return page.path();
        }
        return page.stem() == null ? null : ContentPaths.routeOf(page.stem());
    }

    /**
     * Whether a string has non-blank content.
     *
     * @param s the string
     * @return true if present and not blank
     */
    public static boolean present(@Nullable String s) {
        return s != null && !s.isBlank();
    }

    /**
     * A one-line summary: {@code FastAPI › Fundamentals · medium · updated 2026-06-20 · 15 questions}.
     *
     * @param page the page
     * @return the line
     */
    public static String summaryLine(Page page) {
        StringBuilder sb = new StringBuilder();
        if (present(page.framework())) {
            sb.append(page.framework());
        }
        if (present(page.topic())) {
            sb.append(sb.length() > 0 ? " › " : "").append(page.topic());
        }
        if (present(page.difficulty())) {
            sb.append(sb.length() > 0 ? " · " : "").append(page.difficulty());
        }
        if (present(page.updated())) {
            sb.append(sb.length() > 0 ? " · " : "").append("updated ").append(page.updated());
        }
        int n = page.questions().size();
        sb.append(sb.length() > 0 ? " · " : "").append(n).append(n == 1 ? " question" : " questions");
        return sb.toString();
    }
}
