package dev.qakit.cli;

import static dev.qakit.cli.CommandModel.command;
import static dev.qakit.cli.CommandModel.option;
import static dev.qakit.cli.CommandModel.standardHelpOptions;

import dev.qakit.validate.FrontmatterSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code qa schema}: the JSON Schema of a question page's frontmatter, for editors. */
final class SchemaCommand implements Callable<Integer> {
    CommandSpec spec;
    Path output;

    /**
     * The command's model, bound to the fields of {@code c}.
     *
     * @param c the command
     * @return the model
     */
    static CommandSpec spec(SchemaCommand c) {
        CommandSpec spec = command(c, "schema");
        spec.usageMessage()
                .description("Print the JSON Schema (draft 2020-12) of a question page's frontmatter, for editors such as",
                        "VS Code's YAML extension (yaml-language-server): types, required question fields, slugs, difficulties,",
                        "dates and order, with a description of each field.")
                .footer("", "Exit codes: 0 written, 2 usage or I/O error.");
        spec.addOption(option(Path.class, () -> c.output, v -> c.output = v, "-o", "--output").paramLabel("FILE")
                .description("Write the schema to FILE instead of standard output.").build());
        c.spec = standardHelpOptions(spec);
        return c.spec;
    }

    @Override
    public Integer call() throws IOException {
        String schema = FrontmatterSchema.json();
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(schema);
            out.flush();
            return ExitCodes.OK;
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!Files.exists(output) || !Files.readString(output, StandardCharsets.UTF_8).equals(schema)) {
            Files.writeString(output, schema, StandardCharsets.UTF_8);
        }
        return ExitCodes.OK;
    }
}
