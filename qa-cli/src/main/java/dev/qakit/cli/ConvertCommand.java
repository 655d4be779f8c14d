package dev.qakit.cli;

import dev.qakit.io.json.PageJson;
import dev.qakit.io.nuxt.NuxtPayload;
import dev.qakit.model.PageData;
import dev.qakit.model.problem.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qa convert INPUT --to json}: the model as JSON, one document per question page and line. */
@Command(name = "convert",
        description = {"Convert an input to the model as JSON, with the payload's own member names and order.",
            "INPUT is a _payload.json, a prerendered HTML page, or a generated site directory;",
            "each question page is printed as one JSON document on one line."})
final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "INPUT", description = "A _payload.json, an HTML page, or a generated site directory.")
    Path input;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "The output format: json.")
    String to;

    @Override
    public Integer call() throws IOException {
        if (!"json".equals(to)) {
            throw new UsageException("--to " + to + " is not supported here; expected --to json");
        }
        InputKind kind = InputKind.detect(input);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PageJson json = PageJson.standard();
        boolean[] errors = {false};
        NuxtInputs.forEachRoute(input, kind, common.jobs(), route -> {
            for (Problem p : route.result().problems()) {
                if (p.isError() || !common.quiet) {
                    err.println(p.format());
                }
                errors[0] |= p.isError();
            }
            for (PageData page : route.payload().map(NuxtPayload::pages).orElse(java.util.List.of())) {
                out.println(json.toJson(page));
            }
        });
        out.flush();
        err.flush();
        return errors[0] ? ExitCodes.CONTENT : ExitCodes.OK;
    }
}
