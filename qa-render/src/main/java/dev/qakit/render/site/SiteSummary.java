package dev.qakit.render.site;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link StaticSiteWriter#write(Iterable, Path)} wrote.
 *
 * @param directory the site's directory
 * @param index the index page ({@code index.html} in the directory)
 * @param pages how many question pages were written
 * @param placeholders how many placeholder pages were written for siblings that were linked
 *     but not given, so that no link of the site is broken
 */
public record SiteSummary(Path directory, Path index, int pages, int placeholders) {
    /**
     * Checks the components.
     *
     * @param directory the directory
     * @param index the index
     * @param pages the page count
     * @param placeholders the placeholder count
     */
    public SiteSummary {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(index, "index");
        if (pages < 0 || placeholders < 0) {
            throw new IllegalArgumentException("counts must not be negative, got " + pages + " and " + placeholders);
        }
    }
}
