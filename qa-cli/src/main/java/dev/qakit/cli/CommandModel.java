package dev.qakit.cli;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The parts every command's picocli model is built from, in code. Picocli's annotations would
 * declare the same, but reading them is most of the command line's start-up time: the JDK parses
 * annotations on first use and makes a dynamic proxy class for each annotation type. So each
 * command declares its options next to its fields with these builders instead, and no run reads
 * a picocli annotation. A declaration reads like the annotation it stands for:
 * {@code option(Path.class, () -> c.output, v -> c.output = v, "-o", "--output").paramLabel("FILE")}.
 */
final class CommandModel {
    /** The mixin name picocli gives the standard help options, so that the model reads as before. */
    private static final String STANDARD_HELP_OPTIONS = "mixinStandardHelpOptions";

    private CommandModel() {
    }

    /**
     * The model of a command, not yet with its options.
     *
     * @param command the object that runs the command ({@link Runnable} or {@link java.util.concurrent.Callable})
     * @param name the command's name
     * @return the model
     */
    static CommandSpec command(Object command, String name) {
        return CommandSpec.wrapWithoutInspection(command).name(name);
    }

    /**
     * The model of options that several commands share (added to each with
     * {@link CommandSpec#addMixin(String, CommandSpec)}, as {@code @Mixin} added them).
     *
     * @param options the object whose fields the options set
     * @return the model, to add the options to
     */
    static CommandSpec mixin(Object options) {
        return CommandSpec.wrapWithoutInspection(options);
    }

    /**
     * An option bound to a field. Its initial value is the field's value now, which picocli
     * restores before it parses, as it does for an annotated field; the arity follows from the
     * type (none for a boolean, one value otherwise) unless the declaration gives one.
     *
     * @param <V> the field's type
     * @param type the field's type ({@code int.class} for an {@code int}): picocli converts the value to it
     * @param get reads the field
     * @param set writes the field
     * @param names the option's names
     * @return the builder, for the rest of the declaration
     */
    static <V> OptionSpec.Builder option(Class<V> type, Supplier<V> get, Consumer<V> set, String... names) {
        Binding<V> binding = new Binding<>(get, set);
        return OptionSpec.builder(names).type(type).getter(binding).setter(binding).initialValue(get.get());
    }

    /**
     * A positional parameter bound to a field, as {@link #option} binds an option. Like
     * {@code @Parameters} with no arity, it takes one value and is required unless the
     * declaration says otherwise.
     *
     * @param <V> the field's type
     * @param type the field's type
     * @param get reads the field
     * @param set writes the field
     * @return the builder, for the rest of the declaration
     */
    static <V> PositionalParamSpec.Builder positional(Class<V> type, Supplier<V> get, Consumer<V> set) {
        Binding<V> binding = new Binding<>(get, set);
        return PositionalParamSpec.builder().type(type).required(true).getter(binding).setter(binding).initialValue(get.get());
    }

    /**
     * Positional parameters collected into a list field; the declaration gives the arity.
     *
     * @param <E> the type of the list's elements
     * @param element the type of the list's elements: picocli converts each value to it
     * @param get reads the field
     * @param set writes the field
     * @return the builder, for the rest of the declaration
     */
    static <E> PositionalParamSpec.Builder positionals(Class<E> element, Supplier<List<E>> get, Consumer<List<E>> set) {
        Binding<List<E>> binding = new Binding<>(get, set);
        return PositionalParamSpec.builder().type(List.class).auxiliaryTypes(element).getter(binding).setter(binding)
                .initialValue(get.get());
    }

    /**
     * Adds {@code -h, --help} and {@code -V, --version} as {@code mixinStandardHelpOptions} did:
     * last, under the same mixin name, with the same descriptions. Picocli's own mixin is an
     * annotated class, so it is not used. The options hold their values themselves: picocli
     * asks the parse result, not a field, whether help was asked for.
     *
     * @param spec the command's model
     * @return the model
     */
    static CommandSpec standardHelpOptions(CommandSpec spec) {
        CommandSpec help = CommandSpec.create();
        help.addOption(OptionSpec.builder("-h", "--help").type(boolean.class).initialValue(false).usageHelp(true)
                .description("Show this help message and exit.").build());
        help.addOption(OptionSpec.builder("-V", "--version").type(boolean.class).initialValue(false).versionHelp(true)
                .description("Print version information and exit.").build());
        return spec.addMixin(STANDARD_HELP_OPTIONS, help);
    }

    /**
     * Picocli's access to a field, through the two lambdas that read and write it (picocli's own
     * field binding is not public, and reflection is what this model does without).
     */
    private static final class Binding<V> implements IGetter, ISetter {
        private final Supplier<V> get;
        private final Consumer<V> set;

        Binding(Supplier<V> get, Consumer<V> set) {
            this.get = get;
            this.set = set;
        }

        @Override
        @SuppressWarnings("unchecked") // picocli hands back the value it read or converted to the declared type
        public <T> T get() {
            return (T) get.get();
        }

        @Override
        @SuppressWarnings("unchecked") // as above: the value has the declared type
        public <T> T set(T value) {
            T old = (T) get.get();
            set.accept((V) value);
            return old;
        }
    }
}
