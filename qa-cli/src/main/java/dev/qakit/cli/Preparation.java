package dev.qakit.cli;

import java.util.List;
import java.util.Set;

/**
 * Initialises, on another thread, the classes a command that reads content initialises first,
 * while the main thread builds the command line: their static set-up (the page schema, Nuxt
 * Content's slug table, the rule catalogue, the Markdown reader's tables) then runs on the second
 * core instead of after picocli on the first. Class initialisation is once per class and
 * thread-safe: a class the command reaches before this thread does is initialised by the command,
 * and the command waits for one this thread is initialising. No work is added, only moved.
 */
final class Preparation {
    /** The subcommands that read content. */
    private static final Set<String> READING = Set.of("validate", "fix", "inspect", "render", "convert");

    /** In the order a run reaches them: the heaviest static set-up the start-up profile shows. */
    static final List<String> CLASSES = List.of(
            "dev.qakit.io.input.QaConfig",
            "dev.qakit.io.markdown.MarkdownReader",
            "dev.qakit.model.internal.Slugify",
            "dev.qakit.validate.Rules",
            "dev.qakit.io.internal.markdown.Minimark",
            "dev.qakit.io.internal.markdown.Emoji");

    private Preparation() {
    }

    /**
     * Starts initialising the classes when the command line names a command that reads content.
     *
     * @param args the command line
     */
    static void start(String[] args) {
        if (args.length == 0 || !READING.contains(args[0])) {
            return;
        }
        Thread t = new Thread(Preparation::run, "qa-prepare");
        t.setDaemon(true);
        t.start();
    }

    private static void run() {
        ClassLoader loader = Preparation.class.getClassLoader();
        for (String name : CLASSES) {
            try {
                Class.forName(name, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // the command meets the same failure where it uses the class, and reports it there
                return;
            }
        }
    }
}
