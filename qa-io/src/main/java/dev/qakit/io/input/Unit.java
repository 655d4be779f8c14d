package dev.qakit.io.input;

import dev.qakit.io.ReadResult;
import dev.qakit.io.nuxt.NuxtPayload;
import dev.qakit.model.PageData;
import dev.qakit.model.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one file or route of an input held: its question pages, each with its own problems and
 * source map, and the problems of the file as a whole. Every location names the file as
 * {@link InputReader} displays it.
 *
 * @param kind what the file is
 * @param source the file's display name (a route's page, or its payload when it has no page)
 * @param route the route of a generated site's page, else the page's path, else {@code null}
 * @param site the site the pages belong to, for rules that compare pages (the content root or
 *     the generated site's root, as displayed)
 * @param pages the question pages read, in the file's order
 * @param problems the problems of the file that belong to no page (a file that could not be
 *     read, a payload's decoding errors)
 * @param payload the whole Nuxt payload, for payload and HTML inputs
 */
public record Unit(InputKind kind, String source, @Nullable String route, String site, List<ReadResult<PageData>> pages,
        List<Problem> problems, Optional<NuxtPayload> payload) {

    /**
     * Validates and copies.
     *
     * @param kind what the file is
     * @param source the file's display name
     * @param route the route, or null
     * @param site the site the pages belong to
     * @param pages the question pages read
     * @param problems the problems of the file that belong to no page
     * @param payload the whole Nuxt payload, for payload and HTML inputs
     * @throws NullPointerException if a component other than {@code route} is null
     */
    public Unit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(site, "site");
        pages = List.copyOf(pages);
        problems = List.copyOf(problems);
        Objects.requireNonNull(payload, "payload");
    }

    /**
     * Every problem of the unit: the file's, then each page's.
     *
     * @return the problems
     */
    public List<Problem> allProblems() {
        List<Problem> all = new ArrayList<>(problems);
        for (ReadResult<PageData> p : pages) {
            all.addAll(p.problems());
        }
        return all;
    }

    /**
     * The question pages read, without their problems.
     *
     * @return the pages
     */
    public List<PageData> pageData() {
        List<PageData> out = new ArrayList<>(pages.size());
        for (ReadResult<PageData> p : pages) {
            p.value().ifPresent(out::add);
        }
        return out;
    }
}
