package dev.qakit.cli;

import dev.qakit.io.input.Input;
import dev.qakit.io.input.InputPlan;
import dev.qakit.io.input.InputReader;
import dev.qakit.model.problem.Problem;
import dev.qakit.validate.ResultCache;
import dev.qakit.validate.ValidationResult;
import dev.qakit.validate.report.Fingerprints;
import dev.qakit.validate.report.TextReporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * {@code qa validate --watch}: checks the inputs, prints the report, then waits for files to
 * change under them (the platform's file watch service) and checks again, printing only the
 * problems that appeared and those that went away. Files are checked through a result cache, so
 * a change re-reads the changed files and re-runs the rules that compare pages. Runs until the
 * thread is interrupted or the process is stopped.
 */
final class WatchLoop {
    /** Changes that come within this time of each other are one change (an editor's save is several events). */
    private static final long SETTLE_MILLIS = 120;
    /** Editors' temporary and backup files: a change to one of them alone checks nothing. */
    private static final Pattern EDITOR_TEMP = Pattern.compile("^(\\.#.*|#.*#|4913|.*~|.*\\.sw[a-p]|.*\\.tmp)$");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final CommonOptions common;
    private final List<Path> inputs;
    private final ResultCache cache;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<WatchKey, Path> watched = new HashMap<>();
    private final Path cacheFolder;
    /** Names changed files as problems name them. */
    private final InputReader names;

    WatchLoop(CommonOptions common, List<Path> inputs, ResultCache cache, PrintWriter out, PrintWriter err) {
        this.common = common;
        this.inputs = inputs;
        this.cache = cache;
        this.out = out;
        this.err = err;
        this.cacheFolder = cache.location().map(p -> p.toAbsolutePath().normalize()).orElse(null);
        this.names = Reading.reader(common, false);
    }

    int run() throws IOException {
        try (WatchService service = FileSystems.getDefault().newWatchService()) {
            ValidationResult previous = check(service);
            if (previous == null) {
                return ExitCodes.USAGE;
            }
            previous.problems().forEach(p -> out.println(TextReporter.line(p)));
            out.println(previous.summary());
            out.flush();
            if (!common.quiet) {
                err.println("qa: watching " + watched.size() + " folder" + (watched.size() == 1 ? "" : "s") + " for changes; stop with Ctrl+C");
                err.flush();
            }
            while (true) {
                Set<String> changed = waitForChange(service);
                ValidationResult now = check(service);
                if (now == null) {
                    continue;
                }
                printChanges(changed, previous, now);
                previous = now;
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.OK;
        }
    }

    /**
     * Plans and checks the inputs, watching every folder they hold; null when the inputs hold
     * nothing to check now (said on standard error; the loop keeps watching).
     */
    private ValidationResult check(WatchService service) throws IOException {
        Reading.inputs(inputs);
        InputPlan plan;
        try {
            plan = Reading.plan(common, inputs, false);
        } catch (UsageException e) {
            err.println("qa: " + e.getMessage());
            err.flush();
            for (Path input : inputs) {
                watchInput(service, input);
            }
            return null;
        }
        for (Input in : plan.inputs()) {
            watchInput(service, in.path());
            // a qa.yaml above the input changes the run too
            in.configFile().map(f -> f.toAbsolutePath().getParent()).ifPresent(f -> register(service, f));
        }
        ValidationResult result = Reading.validator(common).toBuilder().cache(cache).build().validate(plan);
        ValidateCommand.save(cache, err);
        return result;
    }

    /** A folder is watched with every folder under it; a file, through its own folder. */
    private void watchInput(WatchService service, Path input) throws IOException {
        if (Files.isDirectory(input)) {
            watch(service, input);
        } else {
            register(service, input.toAbsolutePath().normalize().getParent());
        }
    }

    /** Registers a folder and every folder under it, but for hidden ones, node_modules and the cache. */
    private void watch(WatchService service, Path folder) throws IOException {
        Path top = folder.toAbsolutePath().normalize();
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                if (!dir.equals(top) && (name.startsWith(".") || name.equals("node_modules") || dir.equals(cacheFolder))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                register(service, dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, java.io.IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void register(WatchService service, Path dir) {
        if (watched.containsValue(dir)) {
            return;
        }
        try {
            WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                    StandardWatchEventKinds.ENTRY_MODIFY);
            watched.put(key, dir);
        } catch (IOException e) {
            err.println("qa: cannot watch " + dir + ": " + e.getMessage());
        }
    }

    /** Blocks until a file that matters changes, then until changes settle; returns the changed files' names. */
    private Set<String> waitForChange(WatchService service) throws InterruptedException {
        Set<String> changed = new TreeSet<>();
        WatchKey key = service.take();
        while (true) {
            collect(key, changed);
            key = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
            if (key == null) {
                if (!changed.isEmpty()) {
                    return changed;
                }
                key = service.take();
            }
        }
    }

    private void collect(WatchKey key, Set<String> changed) {
        Path dir = watched.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(names.display(dir));
                continue;
            }
            Path file = dir.resolve((Path) event.context());
            String name = file.getFileName().toString();
            if ((cacheFolder != null && file.startsWith(cacheFolder)) || EDITOR_TEMP.matcher(name).matches()) {
                continue;
            }
            changed.add(names.display(file));
        }
        if (!key.reset()) {
            watched.remove(key);
        }
    }

    /** One line saying what changed and the new totals, then each problem that appeared and each that went away. */
    private void printChanges(Set<String> changed, ValidationResult before, ValidationResult after) {
        Map<String, Problem> old = keyed(before.problems());
        Map<String, Problem> now = keyed(after.problems());
        List<Problem> appeared = new ArrayList<>();
        now.forEach((k, p) -> {
            if (!old.containsKey(k)) {
                appeared.add(p);
            }
        });
        List<Problem> gone = new ArrayList<>();
        old.forEach((k, p) -> {
            if (!now.containsKey(k)) {
                gone.add(p);
            }
        });
        List<String> names = new ArrayList<>(changed);
        String what = names.size() <= 3 ? String.join(", ", names) : String.join(", ", names.subList(0, 3)) + " and "
                + (names.size() - 3) + " more";
        out.println("[" + LocalTime.now().format(CLOCK) + "] " + what + " changed: " + appeared.size() + " new, " + gone.size()
                + " fixed; " + after.summary());
        appeared.forEach(p -> out.println(TextReporter.line(p)));
        gone.forEach(p -> out.println("fixed: " + TextReporter.line(p)));
        out.flush();
    }

    /** Problems by fingerprint: a problem whose lines only moved is the same problem. */
    private static Map<String, Problem> keyed(List<Problem> problems) {
        Fingerprints fingerprints = new Fingerprints();
        Map<String, Problem> out = new LinkedHashMap<>();
        for (Problem p : problems) {
            out.put(fingerprints.next(p), p);
        }
        return out;
    }
}
