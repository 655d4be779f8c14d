package dev.qakit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command line's model is built in code ({@link CommandModel}): no run reads a picocli
 * annotation, since reading them was most of picocli's start-up time. The parts that stand in
 * for picocli's own annotated classes (the {@code help} subcommand, the standard help options)
 * read and answer as those do.
 */
class CommandModelTest {

    @Test
    void noClassOfTheCommandLineCarriesAPicocliAnnotation() throws Exception {
        List<Class<?>> classes = cliClasses();
        assertThat(classes).extracting(Class::getName).contains("dev.qakit.cli.Main", "dev.qakit.cli.ValidateCommand",
                "dev.qakit.cli.CommonOptions", "dev.qakit.cli.DevalueCommand$Decode", "dev.qakit.cli.HelpCommand");
        List<String> found = new ArrayList<>();
        for (Class<?> c : classes) {
            List<AnnotatedElement> elements = new ArrayList<>(List.of(c));
            Collections.addAll(elements, c.getDeclaredFields());
            List<Executable> executables = new ArrayList<>(List.of(c.getDeclaredMethods()));
            Collections.addAll(executables, c.getDeclaredConstructors());
            for (Executable e : executables) {
                elements.add(e);
                Collections.addAll(elements, e.getParameters());
            }
            for (AnnotatedElement e : elements) {
                for (Annotation a : e.getDeclaredAnnotations()) {
                    if (a.annotationType().getName().startsWith("picocli.")) {
                        found.add(e + ": @" + a.annotationType().getSimpleName());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void everyOptionAndParameterIsDeclaredInCode() {
        List<CommandSpec> specs = new ArrayList<>();
        collect(Main.commandLine().getCommandSpec(), specs);
        collect(Main.commandLine("validate", "examples").getCommandSpec(), specs);
        assertThat(specs).extracting(CommandSpec::qualifiedName).contains("qa", "qa help", "qa validate", "qa devalue decode");
        for (CommandSpec spec : specs) {
            // a model read from annotations has picocli's classes as user objects (the help
            // command, the help mixin) and the reflected fields and methods behind its arguments
            Object command = spec.userObject();
            if (command != null) {
                assertThat(command.getClass().getPackageName()).as("%s runs %s", spec.qualifiedName(), command.getClass())
                        .isEqualTo("dev.qakit.cli");
            }
            for (ArgSpec arg : spec.args()) {
                assertThat(arg.userObject()).as("%s: %s", spec.qualifiedName(), arg).isNull();
            }
        }
    }

    @Test
    void theCommandLineOfARunBindsItsOptionsToTheCommand() {
        CommandLine cl = Main.commandLine("validate", "--jobs", "3", "-q", "-f", "json", "examples");
        CommandLine.ParseResult parsed = cl.parseArgs("validate", "--jobs", "3", "-q", "-f", "json", "examples");
        ValidateCommand validate = (ValidateCommand) parsed.subcommand().commandSpec().userObject();
        assertThat(validate.common.jobs).isEqualTo(3);
        assertThat(validate.common.quiet).isTrue();
        assertThat(validate.common.verbose).isFalse();
        assertThat(validate.format).isEqualTo("json");
        assertThat(validate.maxWarnings).isEqualTo(-1);
        assertThat(validate.paths).containsExactly(Path.of("examples"));
        assertThat(validate.spec.commandLine()).isSameAs(cl.getSubcommands().get("validate"));

        CommandLine defaults = Main.commandLine("validate");
        ValidateCommand unset = (ValidateCommand) defaults.parseArgs("validate").subcommand().commandSpec().userObject();
        assertThat(unset.format).isEqualTo("text");
        assertThat(unset.common.jobs).isNull();
        assertThat(unset.paths).isEmpty();
    }

    @Test
    void theHelpSubcommandAnswersAsPicocliOwn() {
        for (List<String> args : List.of(List.of("help"), List.of("help", "--help"), List.of("help", "-h"), List.of("help", "validate"),
                List.of("help", "devalue"), List.of("help", "help"), List.of("help", "nope"), List.of("help", "validate", "fix"),
                List.of("help", "-x"), List.of("--help"))) {
            String[] a = args.toArray(String[]::new);
            assertThat(run(Main.commandLine(a), a)).as("qa %s", String.join(" ", args)).isEqualTo(run(withPicocliHelp(), a));
        }
    }

    @Test
    void theStandardHelpOptionsReadAsPicocliOwn() {
        CommandLine ours = new CommandLine(CommandModel.standardHelpOptions(CommandSpec.create().name("x")));
        CommandLine picocli = new CommandLine(CommandSpec.create().name("x").mixinStandardHelpOptions(true));
        assertThat(ours.getUsageMessage()).isEqualTo(picocli.getUsageMessage()).contains("--help", "--version");
        assertThat(ours.getCommandSpec().mixinStandardHelpOptions()).isTrue();
        for (String option : List.of("-h", "--help", "-V", "--version", "-hV")) {
            ours.parseArgs(option);
            picocli.parseArgs(option);
            assertThat(ours.isUsageHelpRequested()).as(option).isEqualTo(picocli.isUsageHelpRequested());
            assertThat(ours.isVersionHelpRequested()).as(option).isEqualTo(picocli.isVersionHelpRequested());
        }
    }

    /** Main's command line with every subcommand, but picocli's annotated help command. */
    private static CommandLine withPicocliHelp() {
        CommandLine cl = new CommandLine(QaCommand.spec(new QaCommand()));
        Main.SUBCOMMANDS.forEach((name, spec) -> cl.addSubcommand(name, name.equals("help") ? new CommandLine.HelpCommand() : spec.get()));
        cl.setExecutionExceptionHandler(new Failures());
        cl.setParameterExceptionHandler(new Failures());
        return cl;
    }

    private static List<String> run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return List.of(String.valueOf(code), out.toString(), err.toString());
    }

    private static void collect(CommandSpec spec, List<CommandSpec> out) {
        out.add(spec);
        out.addAll(spec.mixins().values());
        spec.subcommands().values().forEach(sub -> collect(sub.getCommandSpec(), out));
    }

    /** The classes of the package, from the folder or jar that holds them. */
    private static List<Class<?>> cliClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path location = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> files = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> walk = Files.walk(location.resolve("dev/qakit/cli"))) {
                walk.map(p -> location.relativize(p).toString().replace(location.getFileSystem().getSeparator(), "/")).forEach(files::add);
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                jar.stream().map(e -> e.getName()).filter(n -> n.startsWith("dev/qakit/cli/")).forEach(files::add);
            }
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String f : files) {
            if (f.endsWith(".class") && !f.endsWith("module-info.class")) {
                classes.add(Class.forName(f.substring(0, f.length() - ".class".length()).replace('/', '.'), false, Main.class.getClassLoader()));
            }
        }
        return classes;
    }
}
