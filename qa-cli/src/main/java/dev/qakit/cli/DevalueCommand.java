package dev.qakit.cli;

import static dev.qakit.cli.CommandModel.command;
import static dev.qakit.cli.CommandModel.option;
import static dev.qakit.cli.CommandModel.positional;
import static dev.qakit.cli.CommandModel.standardHelpOptions;

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
import picocli.CommandLine.Model.CommandSpec;

/** {@code qa devalue decode|encode}: devalue payloads to canonical JSON and back. */
final class DevalueCommand implements Runnable {
    CommandSpec spec;

    /**
     * The command's model with its two subcommands, bound to the fields of {@code c}.
     *
     * @param c the command
     * @return the model
     */
    static CommandSpec spec(DevalueCommand c) {
        CommandSpec spec = command(c, "devalue");
        spec.usageMessage()
                .description("Decode and encode devalue payloads (Nuxt's _payload.json and __NUXT_DATA__).",
                        "Canonical JSON shows every JavaScript value kind, shared reference and cycle as plain JSON.");
        spec.addSubcommand("decode", Decode.spec(new Decode()));
        spec.addSubcommand("encode", Encode.spec(new Encode()));
        c.spec = standardHelpOptions(spec);
        return c.spec;
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: expected 'decode' or 'encode'");
    }

    /** Options shared by both subcommands. */
    static final class CodecOptions {
        boolean legacy;
        boolean keepUnknownTags;

        /**
         * The options, which both subcommands add as the mixin {@code codecOptions}.
         *
         * @param o the object whose fields the options set
         * @return the options' model
         */
        static CommandSpec spec(CodecOptions o) {
            CommandSpec spec = CommandModel.mixin(o);
            spec.addOption(option(boolean.class, () -> o.legacy, v -> o.legacy = v, "--legacy")
                    .description("Read the forms whose meaning changed in devalue 5.7.0 as older devalue wrote them"
                            + " (boxed numbers inline, typed-array views as element ranges).").build());
            spec.addOption(option(boolean.class, () -> o.keepUnknownTags, v -> o.keepUnknownTags = v, "--keep-unknown-tags")
                    .description("Keep tags with no known meaning as {\"$type\":\"tag\"} values instead of failing.").build());
            return spec;
        }

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

    /** {@code qa devalue decode FILE}. */
    static final class Decode implements Callable<Integer> {
        CommandSpec spec;
        final CommonOptions common = new CommonOptions();
        final CodecOptions codecOptions = new CodecOptions();
        boolean compact;
        String input;

        /**
         * The subcommand's model, bound to the fields of {@code c}.
         *
         * @param c the subcommand
         * @return the model
         */
        static CommandSpec spec(Decode c) {
            CommandSpec spec = command(c, "decode");
            spec.usageMessage()
                    .description("Print a devalue payload as canonical JSON.",
                            "FILE is a payload (such as _payload.json) or '-' for standard input.");
            spec.addMixin("common", CommonOptions.spec(c.common));
            spec.addMixin("codecOptions", CodecOptions.spec(c.codecOptions));
            spec.addOption(option(boolean.class, () -> c.compact, v -> c.compact = v, "--compact")
                    .description("Print the JSON on one line instead of indented.").build());
            spec.addPositional(positional(String.class, () -> c.input, v -> c.input = v).index("0").paramLabel("FILE|-")
                    .description("The payload file, or '-' for standard input.").build());
            c.spec = standardHelpOptions(spec);
            return c.spec;
        }

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

    /** {@code qa devalue encode FILE}. */
    static final class Encode implements Callable<Integer> {
        CommandSpec spec;
        final CommonOptions common = new CommonOptions();
        final CodecOptions codecOptions = new CodecOptions();
        String input;

        /**
         * The subcommand's model, bound to the fields of {@code c}.
         *
         * @param c the subcommand
         * @return the model
         */
        static CommandSpec spec(Encode c) {
            CommandSpec spec = command(c, "encode");
            spec.usageMessage()
                    .description("Turn canonical JSON into a devalue payload.",
                            "FILE holds canonical JSON (as 'qa devalue decode' prints it) or is '-' for standard input.");
            spec.addMixin("common", CommonOptions.spec(c.common));
            spec.addMixin("codecOptions", CodecOptions.spec(c.codecOptions));
            spec.addPositional(positional(String.class, () -> c.input, v -> c.input = v).index("0").paramLabel("FILE|-")
                    .description("The canonical JSON file, or '-' for standard input.").build());
            c.spec = standardHelpOptions(spec);
            return c.spec;
        }

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
