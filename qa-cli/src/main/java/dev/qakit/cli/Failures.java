package dev.qakit.cli;

import dev.qakit.model.problem.ContentException;
import dev.qakit.model.problem.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one-line messages on stderr and an exit code: content problems
 * exit 1, usage and I/O errors exit 2. The stack trace appears only with {@code --verbose}.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("qa: " + ex.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        err.flush();
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        int code;
        if (ex instanceof ContentException ce) {
            for (Problem p : ce.problems()) {
                err.println(p.format());
            }
            code = ExitCodes.CONTENT;
        } else if (ex instanceof UsageException) {
            err.println("qa: " + ex.getMessage());
            code = ExitCodes.USAGE;
        } else if (ex instanceof NoSuchFileException nsf) {
            err.println("qa: no such file: " + nsf.getFile());
            code = ExitCodes.USAGE;
        } else if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            Throwable io = ex instanceof UncheckedIOException u ? u.getCause() : ex;
            err.println("qa: I/O error: " + (io instanceof NoSuchFileException n ? "no such file: " + n.getFile() : io.getMessage()));
            code = ExitCodes.USAGE;
        } else {
            err.println("qa: internal error: " + ex + " (run with --verbose for the stack trace, and please report it)");
            code = ExitCodes.USAGE;
        }
        if (isVerbose(parseResult)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static boolean isVerbose(ParseResult result) {
        for (ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
