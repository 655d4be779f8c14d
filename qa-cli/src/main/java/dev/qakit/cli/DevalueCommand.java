package dev.qakit.cli;

import dev.qakit.io.devalue.CanonicalJson;
import dev.qakit.io.devalue.DevalueCodec;
import dev.qakit.io.devalue.NuxtTags;
import dev.qakit.io.devalue.UnknownTagPolicy;
import dev.qakit.io.devalue.WireDialect;
import dev.qakit.model.problem.ContentException;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qa devalue decode|encode}: devalue payloads to canonical JSON and back. */
@Command(name = "devalue",
        description = {"Decode and encode devalue payloads (Nuxt's _payload.json and __NUXT_DATA__).",
            "Canonical JSON shows every JavaScript value kind, shared reference and cycle as plain JSON."},
        subcommands = {DevalueCommand.Decode.class, DevalueCommand.Encode.class},
        mixinStandardHelpOptions = true)
final class DevalueCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: expected 'decode' or 'encode'");
    }

    /** Options shared by both subcommands. */
    static final class CodecOptions {
        @Option(names = "--legacy", description = "Read the forms whose meaning changed in devalue 5.7.0 as older devalue wrote them"
                + " (boxed numbers inline, typed-array views as element ranges).")
        boolean legacy;

        @Option(names = "--keep-unknown-tags", description = "Keep tags with no known meaning as {\"$type\":\"tag\"} values instead of failing.")
        boolean keepUnknownTags;

        DevalueCodec codec() {
            return DevalueCodec.builder()
                    .tags(NuxtTags.all())
                    .dialect(legacy ? WireDialect.LEGACY : WireDialect.CURRENT)
                    .unknownTags(keepUnknownTags ? UnknownTagPolicy.KEEP : UnknownTagPolicy.REJECT)
                    .build();
        }
    }

    static byte[] readInput(String input) throws IOException {
        if (input.equals("-")) {
            InputStream in = System.in;
            return in.readAllBytes();
        }
        return Files.readAllBytes(Path.of(input));
    }

    static String sourceName(String input) {
        return input.equals("-") ? "<stdin>" : input.replace('\\', '/');
    }

    @Command(name = "decode", description = {"Print a devalue payload as canonical JSON.",
        "FILE is a payload (such as _payload.json) or '-' for standard input."}, mixinStandardHelpOptions = true)
    static final class Decode implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Mixin
        CodecOptions codecOptions;

        @Option(names = "--compact", description = "Print the JSON on one line instead of indented.")
        boolean compact;

        @Parameters(index = "0", paramLabel = "FILE|-", description = "The payload file, or '-' for standard input.")
        String input;

        @Override
        public Integer call() throws IOException {
            DevalueCodec codec = codecOptions.codec();
            Object value = codec.decode(readInput(input), sourceName(input));
            CanonicalJson json = codec.canonicalJson().toBuilder().indent(compact ? 0 : 2).build();
            PrintWriter out = spec.commandLine().getOut();
            json.write(value, out);
            out.println();
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "encode", description = {"Turn canonical JSON into a devalue payload.",
        "FILE holds canonical JSON (as 'qa devalue decode' prints it) or is '-' for standard input."},
        mixinStandardHelpOptions = true)
    static final class Encode implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Mixin
        CodecOptions codecOptions;

        @Parameters(index = "0", paramLabel = "FILE|-", description = "The canonical JSON file, or '-' for standard input.")
        String input;

        @Override
        public Integer call() throws IOException {
            DevalueCodec codec = codecOptions.codec();
            String source = sourceName(input);
            String text = new String(readInput(input), StandardCharsets.UTF_8);
            Object graph = codec.canonicalJson().parse(text, source);
            String payload;
            try {
                payload = codec.encode(graph);
            } catch (IllegalArgumentException e) {
                throw new ContentException(List.of(Problem.error("devalue.canonical-value", e.getMessage(), SourceLocation.of(source))), e);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(payload);
            out.flush();
            return ExitCodes.OK;
        }
    }
}
