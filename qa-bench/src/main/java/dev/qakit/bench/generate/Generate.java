package dev.qakit.bench.generate;

import dev.qakit.io.devalue.DevalueCodec;
import dev.qakit.io.devalue.NuxtTags;
import dev.qakit.io.devalue.Tagged;
import dev.qakit.model.JsonNull;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the benchmarks' inputs into one folder, all of them pure functions of a seed.
 *
 * <pre>
 * java -cp qa-bench/target/benchmarks.jar dev.qakit.bench.generate.Generate OUT [--seed N] [--trees 10000,100000] [--sites 10000]
 * </pre>
 *
 * <ul>
 *   <li>{@code seed._payload.json} and {@code corpus/*._payload.json}: real Nuxt output, copied;</li>
 *   <li>{@code payload-1mb.qakit._payload.json}, {@code payload-10mb.qakit._payload.json}: one
 *       question page of that size encoded as Nuxt writes {@code _payload.json} (devalue,
 *       {@code data} reduced to {@code ShallowReactive}) by qakit's own encoder; beside each,
 *       the same value as plain JSON ({@code .plain.json}), from which
 *       {@code bench/node/encode.mjs} writes {@code payload-1mb._payload.json}, … with the real
 *       {@code devalue.stringify} (bench/run compares the two);</li>
 *   <li>{@code tree-N/content/**.md}: a Nuxt Content tree of N question pages, one in 500
 *       with a planted defect, listed in {@code tree-N/defects.txt};</li>
 *   <li>{@code site-N/public/**}: a generated Nuxt 4 site of N question pages (the first N
 *       pages of a tree, without defects), each route a prerendered {@code index.html} and its
 *       {@code _payload.json} (see {@link PrerenderedSiteWriter}); {@code site-N/questions.txt}
 *       holds the number of questions in it.</li>
 * </ul>
 * Existing outputs made from the same seed by the same generator version are kept (a
 * {@code .stamp} file records both).
 */
public final class Generate {
    /** The seed used when none is given. */
    public static final long DEFAULT_SEED = 20261124L;
    /** The version of what the generator writes; bump it when the output changes, so that old outputs are rewritten. */
    static final int FORMAT = 3;
    /** One page in this many carries a defect. */
    static final int DEFECT_EVERY = 500;
    static final List<String> CORPUS = List.of(
            "django-orm-relationships", "fastapi-fundamentals-openapi-docs", "go-concurrency-channels",
            "react-rendering-reconciliation", "spring-boot-core-auto-configuration");

    private Generate() {
    }

    /**
     * Runs the generator.
     *
     * @param args the output folder, then {@code --seed N}, {@code --trees N,N} and {@code --sites N,N}
     *     (all optional; no sites by default)
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: Generate OUT [--seed N] [--trees 10000,100000] [--sites 10000]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long seed = DEFAULT_SEED;
        List<Integer> trees = List.of(10_000, 100_000);
        List<Integer> sites = List.of();
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--trees" -> trees = sizes(args[i + 1]);
                case "--sites" -> sites = sizes(args[i + 1]);
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        Files.createDirectories(out);
        copyInputs(out);
        SiteGenerator site = new SiteGenerator(seed);
        for (int mb : List.of(1, 10)) {
            Path file = out.resolve("payload-" + mb + "mb.qakit._payload.json");
            if (!fresh(file, seed)) {
                writePayload(site, mb * 1_000_000, file, out.resolve("payload-" + mb + "mb.plain.json"));
                stamp(file, seed);
                System.err.printf(Locale.ROOT, "wrote %s (%,d bytes)%n", file, Files.size(file));
            }
        }
        for (int pages : trees) {
            Path dir = out.resolve("tree-" + pages);
            if (!fresh(dir, seed)) {
                int defects = writeTree(site, pages, dir);
                stamp(dir, seed);
                System.err.printf(Locale.ROOT, "wrote %s (%,d pages, %d with a defect)%n", dir, pages, defects);
            }
        }
        for (int pages : sites) {
            Path dir = out.resolve("site-" + pages);
            if (!fresh(dir, seed)) {
                long questions = PrerenderedSiteWriter.write(site, pages, dir.resolve("public"));
                Files.writeString(dir.resolve("questions.txt"), questions + "\n");
                stamp(dir, seed);
                System.err.printf(Locale.ROOT, "wrote %s (%,d routes, %,d questions)%n", dir, pages, questions);
            }
        }
    }

    private static List<Integer> sizes(String list) {
        List<Integer> sizes = new ArrayList<>();
        for (String n : list.split(",")) {
            if (!n.isBlank()) {
                sizes.add(Integer.parseInt(n.trim()));
            }
        }
        return sizes;
    }

    /**
     * Writes the page's payload as Nuxt does and, to {@code plain}, as plain JSON; sized so that
     * answers add up to about {@code bytes}.
     */
    static void writePayload(SiteGenerator site, int bytes, Path file, Path plain) throws IOException {
        // the budget counts answer text plus a fixed allowance per question; devalue's indexes
        // and JSON escapes bring the payload to about the size asked for
        SyntheticPage page = site.hugePage(bytes / 100 * 96);
        List<SyntheticPage> siblings = new ArrayList<>();
        site.siblingsOf(page, 5, siblings::add);
        Map<String, Object> root = PayloadGraph.of(page, siblings);
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(plain), 1 << 16)) {
            PlainJson.write(root, o);
        }
        Files.writeString(file, nuxtPayload(root), StandardCharsets.UTF_8);
    }

    /** The devalue text Nuxt writes for a payload root: {@code data} reduced to {@code ShallowReactive}. */
    static String nuxtPayload(Map<String, Object> root) {
        Map<String, Object> value = new LinkedHashMap<>(root);
        value.put("data", new Tagged(NuxtTags.SHALLOW_REACTIVE, codecValue(root.get("data"))));
        value.put("prerenderedAt", codecValue(root.get("prerenderedAt")));
        return DevalueCodec.builder().tags(NuxtTags.all()).build().encode(value);
    }

    /** A plain graph in the codec's terms: {@code null} is {@link JsonNull#INSTANCE}. */
    private static Object codecValue(Object value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, codecValue(v)));
            return copy;
        } else if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(codecValue(v)));
            return copy;
        }
        return value;
    }

    /** Writes a content tree under {@code dir/content}; returns the number of defective pages. */
    static int writeTree(SiteGenerator site, int pages, Path dir) throws IOException {
        Path content = dir.resolve("content");
        List<String> defects = new ArrayList<>();
        try {
            site.tree(pages, DEFECT_EVERY, (page, body, defect) -> {
                Path file = content.resolve(page.stem() + ".md");
                try {
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, MarkdownPageWriter.write(page, body), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (defect != Defect.NONE) {
                    defects.add(page.stem() + ".md " + defect.name().toLowerCase(Locale.ROOT));
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.write(dir.resolve("defects.txt"), defects, StandardCharsets.UTF_8);
        return defects.size();
    }

    private static void copyInputs(Path out) throws IOException {
        copyResource("/inputs/seed/async-basics._payload.json", out.resolve("seed._payload.json"));
        for (String name : CORPUS) {
            copyResource("/inputs/corpus/" + name + "._payload.json", out.resolve("corpus").resolve(name + "._payload.json"));
        }
    }

    private static void copyResource(String resource, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (InputStream in = Generate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            Files.write(target, in.readAllBytes());
        }
    }

    private static Path stampOf(Path output) {
        return output.resolveSibling(output.getFileName() + ".stamp");
    }

    private static boolean fresh(Path output, long seed) throws IOException {
        Path stamp = stampOf(output);
        return Files.exists(output) && Files.exists(stamp) && Files.readString(stamp).strip().equals(stampText(seed));
    }

    private static void stamp(Path output, long seed) throws IOException {
        Files.writeString(stampOf(output), stampText(seed) + "\n");
    }

    private static String stampText(long seed) {
        return "seed=" + seed + " format=" + FORMAT;
    }
}
