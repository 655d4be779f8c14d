package dev.qakit.validate.internal;

import dev.qakit.io.ReadResult;
import dev.qakit.io.SourceMap;
import dev.qakit.io.markdown.ContentFile;
import dev.qakit.io.markdown.MarkdownReader;
import dev.qakit.io.nuxt.DataEntry;
import dev.qakit.io.nuxt.NuxtPayload;
import dev.qakit.io.nuxt.NuxtPayloadReader;
import dev.qakit.io.nuxt.NuxtRoute;
import dev.qakit.io.nuxt.NuxtSiteReader;
import dev.qakit.model.PageData;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.SourceLocation;
import dev.qakit.validate.ValidationConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * Finds and reads the inputs of a run — Markdown files, content trees, payloads, HTML pages,
 * generated sites — on a bounded number of worker threads, feeding each read to the run as it
 * comes. At most a few files per thread are in flight, so memory does not grow with the tree.
 */
public final class PathLoader {
    /** Folders never walked into. */
    private static final Set<String> SKIPPED = Set.of("node_modules", "target", "_nuxt", "__nuxt_island", "__nuxt_content", ".git");

    private final RunState run;
    private final ValidationConfig config;
    private final Path cwd;
    private final int jobs;
    private final IntConsumer progress;
    private final MarkdownReader markdown = MarkdownReader.standard();
    private final NuxtPayloadReader payloads = NuxtPayloadReader.builder().build();
    private final NuxtSiteReader sites = NuxtSiteReader.builder().build();
    private final AtomicInteger done = new AtomicInteger();

    /**
     * A loader for one run.
     *
     * @param run the run to feed
     * @param config the configuration (include and exclude globs)
     * @param cwd the folder that file names in problems are relative to
     * @param jobs the number of worker threads
     * @param progress told the number of files read so far, from worker threads
     */
    public PathLoader(RunState run, ValidationConfig config, Path cwd, int jobs, IntConsumer progress) {
        this.run = run;
        this.config = config;
        this.cwd = cwd.toAbsolutePath().normalize();
        this.jobs = jobs;
        this.progress = progress;
    }

    /**
     * Reads every input into the run.
     *
     * @param inputs files and folders
     * @throws IOException if an input does not exist or a folder cannot be listed
     */
    public void load(List<Path> inputs) throws IOException {
        for (Path in : inputs) {
            if (!Files.exists(in)) {
                throw new NoSuchFileException(in.toString());
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "qa-validate");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(jobs * 4);
        try {
            for (Path in : inputs) {
                Path abs = in.toAbsolutePath().normalize();
                if (Files.isDirectory(abs)) {
                    loadFolder(abs, pool, inFlight);
                } else {
                    submit(pool, inFlight, () -> loadFile(abs, abs.getParent()));
                }
            }
        } finally {
            pool.shutdown();
            try {
                pool.awaitTermination(365, TimeUnit.DAYS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                pool.shutdownNow();
            }
        }
    }

    private void loadFolder(Path dir, ExecutorService pool, Semaphore inFlight) throws IOException {
        if (NuxtSiteReader.isSite(dir) && (Files.isDirectory(dir.resolve("_nuxt")) || Files.isRegularFile(dir.resolve("index.html")))) {
            String site = "site:" + dir;
            try (Stream<NuxtRoute> routes = sites.routes(dir)) {
                Iterator<NuxtRoute> it = routes.iterator();
                while (it.hasNext()) {
                    NuxtRoute route = it.next();
                    Path file = route.payloadFile() != null ? route.payloadFile() : route.html();
                    String rel = file == null ? route.route() : slashes(dir.relativize(file.toAbsolutePath().normalize()));
                    if (config.isIncluded(rel)) {
                        submit(pool, inFlight, () -> {
                            try {
                                addPayload(site, route.result(), file == null ? dir : file);
                            } finally {
                                tick();
                            }
                        });
                    }
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            Iterator<Path> it = files.filter(p -> !skipped(dir, p)).filter(Files::isRegularFile).sorted().iterator();
            while (it.hasNext()) {
                Path file = it.next();
                if (kindOf(file) != Kind.OTHER && config.isIncluded(slashes(dir.relativize(file)))) {
                    submit(pool, inFlight, () -> loadFile(file, dir));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean skipped(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            String name = part.toString();
            if (SKIPPED.contains(name) || name.startsWith(".") && !name.equals(".") && !name.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private enum Kind { MARKDOWN, PAYLOAD, OTHER }

    private static Kind kindOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Kind.MARKDOWN;
        }
        if (name.equals("_payload.json")) {
            return Kind.PAYLOAD;
        }
        return Kind.OTHER;
    }

    private void loadFile(Path file, Path walkRoot) {
        String display = display(file);
        try {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (kindOf(file) == Kind.MARKDOWN) {
                Path root = ContentFile.findRoot(file, walkRoot);
                String rel = slashes(root.relativize(file));
                String text = Files.readString(file, StandardCharsets.UTF_8);
                ReadResult<PageData> read = markdown.read(text, rel);
                run.add("markdown:" + root, Relocated.of(read, s -> s.equals(rel) ? display : s, text));
            } else if (name.endsWith(".json") || name.endsWith(".html") || name.endsWith(".htm")) {
                addPayload("payload:" + walkRoot, payloads.read(cwd.relativize(file)), file);
            } else {
                run.addProblem(display, Problem.error("io.unsupported-input", "not a Markdown file (.md), a payload (.json) or an"
                        + " HTML page (.html)", SourceLocation.of(display)));
            }
        } catch (IOException | UncheckedIOException e) {
            run.addProblem(display, Problem.error("io.read-failed", "could not read the file: " + e, SourceLocation.of(display)));
        } catch (RuntimeException e) {
            run.addProblem(display, Problem.error("io.internal-error", "reading this file failed unexpectedly (" + e
                    + "); please report it", SourceLocation.of(display)));
        } finally {
            tick();
        }
    }

    private void addPayload(String site, ReadResult<NuxtPayload> read, Path file) {
        String display = display(file);
        NuxtPayload payload = read.value().orElse(null);
        List<Problem> problems = new ArrayList<>();
        for (Problem p : read.problems()) {
            problems.add(p.withLocation(rename(p.location(), display)));
        }
        if (payload == null) {
            for (Problem p : problems) {
                run.addProblem(display, p);
            }
            if (problems.isEmpty()) {
                run.addProblem(display, Problem.error("io.no-value", "nothing could be read from this file", SourceLocation.of(display)));
            }
            return;
        }
        boolean first = true;
        for (DataEntry e : payload.entries()) {
            if (e instanceof DataEntry.QuestionPage q) {
                SourceMap map = q.sourceMap();
                SourceMap renamed = pointer -> rename(map.locate(pointer), display);
                run.add(site, ReadResult.of(q.data(), first ? problems : List.of(), renamed));
                first = false;
            }
        }
        if (first) {
            for (Problem p : problems) {
                run.addProblem(display, p);
            }
            run.addFile(display);
        }
    }

    private SourceLocation rename(SourceLocation l, String display) {
        String s = l.source();
        Path p;
        try {
            p = Path.of(s);
        } catch (RuntimeException e) {
            return l;
        }
        String name = p.isAbsolute() ? display(p) : s.contains("<") ? display : slashes(p);
        return new SourceLocation(name, l.line(), l.column(), l.pointer());
    }

    private void submit(ExecutorService pool, Semaphore inFlight, Runnable task) throws IOException {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        pool.execute(() -> {
            try {
                task.run();
            } finally {
                inFlight.release();
            }
        });
    }

    private void tick() {
        int n = done.incrementAndGet();
        progress.accept(n);
    }

    private String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return slashes(abs.startsWith(cwd) ? cwd.relativize(abs) : abs);
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }
}
