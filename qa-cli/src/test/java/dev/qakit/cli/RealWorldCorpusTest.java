package dev.qakit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.testing.RepoFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code qa validate} over each repository of {@code testdata/realworld} (nine public Nuxt
 * Content docs sites, provenance in its {@code SOURCES.md}), with the site facts each
 * repository's {@code qa.yaml} declares: the problems of the route, page, question and input
 * rules are exactly those listed here, each a verified true positive, and none other. The body
 * lints and heading anchors of MDC pages are another matter (the MDC parser's); of those, the
 * real broken anchors are asserted to be found.
 */
class RealWorldCorpusTest {
    /** A problem line of the text report: location, severity, message, rule id. */
    private static final Pattern LINE = Pattern.compile("^(\\S+?): (error|warning|info): (.*) \\[([a-z0-9._-]+)\\]$");
    /** The rules these facts are about: routes and links to pages, page and question rules, inputs. */
    private static final Pattern OWNED = Pattern.compile("link\\.page-not-found|page\\..*|question\\..*|input\\..*");
    /** Nuxt Content's data formats. */
    private static final Pattern DATA = Pattern.compile(".*\\.(yml|yaml|json|csv)");

    /** For each repository: its content root, and the problems of the owned rules other than data file notes (none). */
    static Stream<String> repositories() {
        return Stream.of("nuxt__nuxt", "nuxt__nuxt.com", "nuxt__content", "nuxt__ui", "nuxtlabs__docus", "nuxt-modules__i18n",
                "nuxt-hub__core", "nuxt__devtools", "nuxt-modules__supabase");
    }

    private static final Map<String, String> CONTENT_ROOTS = Map.of("nuxt__nuxt", "docs", "nuxt__nuxt.com", "content",
            "nuxt__content", "docs/content", "nuxt__ui", "docs/content", "nuxtlabs__docus", "docs/content",
            "nuxt-modules__i18n", "docs/content", "nuxt-hub__core", "docs/content", "nuxt__devtools", "docs/content",
            "nuxt-modules__supabase", "docs/content");

    @ParameterizedTest
    @MethodSource("repositories")
    void ownedRulesReportNoFalsePositive(String repository) throws IOException {
        Path repo = RepoFiles.resolve("testdata/realworld").resolve(repository);
        assertThat(repo.resolve("qa.yaml")).isRegularFile();
        CliRun run = CliRun.run("validate", repo.toString());
        List<String> owned = new ArrayList<>();
        List<String> dataNotes = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            Matcher m = LINE.matcher(line.strip());
            if (!m.matches() || !OWNED.matcher(m.group(4)).matches()) {
                continue;
            }
            String where = m.group(1).replace('\\', '/');
            String file = where.substring(where.indexOf(repository + "/") + repository.length() + 1).replaceFirst(":\\d+:\\d+$", "");
            if (m.group(4).equals("input.data-file") && m.group(2).equals("info")) {
                dataNotes.add(file);
            } else {
                owned.add(file + " " + m.group(4));
            }
        }
        // Every problem of the owned rules here would be a false positive: with the facts of
        // qa.yaml and of the Nuxt project's nuxt.config (its redirects and prerendered routes,
        // read from the file), every link resolves as on the deployed site (checked by hand: each
        // remaining page-not-found before the facts was a redirect, an app page, a prefix or
        // another collection of the deployed site), and no page is a question page. The one
        // note: nuxt/content's docs make their redirects by code (a spread of the lines of a
        // _redirects file), which its qa.yaml lists instead.
        assertThat(owned).as(run.out()).containsExactlyElementsOf(repository.equals("nuxt__content")
                ? List.of("docs/nuxt.config.ts input.nuxt-config-unread") : List.of());
        // One note per data file of the content root that qa does not check, and nothing else.
        assertThat(dataNotes).containsExactlyInAnyOrderElementsOf(dataFiles(repo, CONTENT_ROOTS.get(repository)));
    }

    @org.junit.jupiter.api.Test
    void theRealBrokenAnchorsOfNuxtContentsDocsAreStillFound() {
        CliRun run = CliRun.run("validate", RepoFiles.resolve("testdata/realworld").resolve("nuxt__content").toString());
        // '#front-matter': the heading is 'Frontmatter' (anchor 'frontmatter'); '#prosecodeinline':
        // the prose components page has no ProseCodeInline heading.
        assertThat(run.out()).contains("docs/content/blog/visual-editor.md", "link '/docs/files/markdown#front-matter' names no"
                + " question or heading 'front-matter'", "docs/content/changelog/frontmatter-form.md",
                "link '/docs/components/prose#prosecodeinline' names no question or heading 'prosecodeinline'");
    }

    /**
     * Every other problem (body lints, heading anchors) is one of the findings listed, with why it
     * is true, in {@code testdata/realworld/verified-findings.tsv}, and each listed finding is
     * reported: no false positive, and the real broken links stay found.
     */
    @ParameterizedTest
    @MethodSource("repositories")
    void everyOtherProblemIsAVerifiedFinding(String repository) throws IOException {
        CliRun run = CliRun.run("validate", RepoFiles.resolve("testdata/realworld").resolve(repository).toString());
        List<String> found = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            Matcher m = LINE.matcher(line.strip());
            if (!m.matches() || OWNED.matcher(m.group(4)).matches()) {
                continue;
            }
            String where = m.group(1).replace('\\', '/');
            String file = where.substring(where.indexOf(repository + "/") + repository.length() + 1).replaceFirst(":\\d+:\\d+$", "");
            Matcher anchor = ANCHOR.matcher(m.group(3));
            found.add(file + " " + m.group(4) + " " + (anchor.find() ? anchor.group(1) : "-"));
        }
        List<String> expected = new ArrayList<>();
        for (String row : Files.readAllLines(RepoFiles.resolve("testdata/realworld").resolve("verified-findings.tsv"))) {
            String[] cols = row.split("\t");
            if (!row.isBlank() && !row.startsWith("#") && cols[0].equals(repository)) {
                expected.add(cols[1] + " " + cols[2] + " " + cols[3]);
            }
        }
        assertThat(found).as(run.out()).containsExactlyInAnyOrderElementsOf(expected);
    }

    /**
     * The nine repositories checked from their common folder, as a monorepo is checked from its
     * root: each takes its own {@code qa.yaml} (site facts, rule settings), so the report lists
     * exactly the problems of the runs over each repository alone, and none other.
     */
    @org.junit.jupiter.api.Test
    void theRepositoriesCheckedTogetherReportWhatEachReportsAlone() {
        Path all = RepoFiles.resolve("testdata/realworld");
        CliRun together = CliRun.run("validate", all.toString());
        List<String> alone = new ArrayList<>();
        repositories().forEach(r -> alone.addAll(problemLines(CliRun.run("validate", all.resolve(r).toString()))));
        assertThat(alone).hasSizeGreaterThan(100);
        assertThat(problemLines(together)).as(together.out()).containsExactlyInAnyOrderElementsOf(alone);
    }

    private static List<String> problemLines(CliRun run) {
        return Stream.of(run.out().split("\n")).filter(l -> LINE.matcher(l.strip()).matches()).toList();
    }

    /** The anchor a link names that the target does not have. */
    private static final Pattern ANCHOR = Pattern.compile("names no question or heading '([^']*)'");

    /** The data files qa names but does not check: Nuxt Content's data formats and navigation settings, not hidden otherwise, not excluded by qa.yaml. */
    private static List<String> dataFiles(Path repo, String contentRoot) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(repo.resolve(contentRoot))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = repo.relativize(f).toString().replace('\\', '/');
                boolean hidden = Stream.of(rel.split("/")).anyMatch(s -> s.startsWith(".") && !s.equals(".navigation.yml"));
                boolean excluded = repo.getFileName().toString().equals("nuxt__nuxt") && rel.endsWith(".json");
                if (DATA.matcher(rel).matches() && !hidden && !excluded) {
                    out.add(rel);
                }
            }
        }
        return out;
    }
}
