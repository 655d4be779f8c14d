package dev.qakit.maven;

import dev.qakit.io.input.InputException;
import dev.qakit.io.input.InputPlan;
import dev.qakit.io.input.InputReader;
import dev.qakit.io.input.QaConfig;
import dev.qakit.model.problem.Problem;
import dev.qakit.validate.ContentValidator;
import dev.qakit.validate.ResultCache;
import dev.qakit.validate.ValidationResult;
import dev.qakit.validate.report.ReportFormat;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the question content of a project, as {@code qa validate} does: every problem is
 * logged as {@code path:line:column: message [rule-id]}, reports are written under
 * {@code target/qa/}, and the build fails when there are errors or more warnings than allowed.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class ValidateMojo extends AbstractMojo {
    /**
     * Hibernate Validator announces its version through java.util.logging at INFO, which would land
     * in the middle of Maven's output; the goal logs through Maven only. Held in a field:
     * java.util.logging keeps loggers weakly.
     */
    private static final java.util.logging.Logger HIBERNATE_VALIDATOR_LOG = java.util.logging.Logger.getLogger("org.hibernate.validator");

    /** The content root: Markdown files, payloads, HTML pages or a generated site. Its qa.yaml is read. */
    @Parameter(property = "qa.contentDirectory", defaultValue = "${project.basedir}/content")
    private File contentDirectory;

    /** Globs of files to check, relative to the content directory (added to those of qa.yaml); default all. */
    @Parameter
    private List<String> includes = new ArrayList<>();

    /** Globs of files to leave out, relative to the content directory (added to those of qa.yaml). */
    @Parameter
    private List<String> excludes = new ArrayList<>();

    /** Whether errors (and warnings over maxWarnings) fail the build; otherwise they are only logged. */
    @Parameter(property = "qa.failOnError", defaultValue = "true")
    private boolean failOnError;

    /** The number of warnings allowed; -1 for any number. */
    @Parameter(property = "qa.maxWarnings", defaultValue = "-1")
    private int maxWarnings;

    /** Report formats written under outputDirectory: text, json, sarif, github, junit, gitlab. */
    @Parameter(property = "qa.formats")
    private List<String> formats = new ArrayList<>(List.of("text"));

    /** Where reports go. */
    @Parameter(property = "qa.outputDirectory", defaultValue = "${project.build.directory}/qa")
    private File outputDirectory;

    /** The configuration file; default qa.yaml or .qa.yaml in the content directory. */
    @Parameter(property = "qa.config")
    private File configFile;

    /**
     * A folder in which to keep what checking each Markdown file found, so that the next build
     * reads only the files that changed (as {@code qa validate --cache-location}); the report is
     * the same. Default: no cache. {@code ${project.build.directory}/qa-cache} keeps it until
     * {@code mvn clean}.
     */
    @Parameter(property = "qa.cacheLocation")
    private File cacheLocation;

    /** Skips the goal. */
    @Parameter(property = "qa.skip", defaultValue = "false")
    private boolean skip;

    /** The folder that file names in messages are relative to. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File baseDirectory;

    /** Creates the goal; Maven sets its parameters. */
    public ValidateMojo() {
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        HIBERNATE_VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
        if (skip) {
            getLog().info("qa:validate is skipped");
            return;
        }
        Path content = contentDirectory.toPath();
        if (!Files.exists(content)) {
            throw new MojoExecutionException("the content directory " + content + " does not exist; set <contentDirectory>");
        }
        List<ReportFormat> reportFormats = new ArrayList<>();
        for (String f : formats) {
            try {
                reportFormats.add(ReportFormat.ofLabel(f));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException(e.getMessage(), e);
            }
        }
        Path base = baseDirectory.toPath().toAbsolutePath().normalize();
        try {
            ValidationResult result = validate(content, base);
            for (Problem p : result.problems()) {
                switch (p.severity()) {
                    case ERROR -> getLog().error(p.format());
                    case WARNING -> getLog().warn(p.format());
                    case INFO -> getLog().info(p.format());
                }
            }
            Files.createDirectories(outputDirectory.toPath());
            for (ReportFormat f : reportFormats) {
                Path file = outputDirectory.toPath().resolve(reportName(f));
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    f.reporter().write(result, w);
                }
                getLog().info("qa:validate report: " + file);
            }
            String summary = "qa:validate: " + result.summary();
            if (result.passes(maxWarnings)) {
                getLog().info(summary);
                return;
            }
            String failure = result.problems().size() + " content problem" + (result.problems().size() == 1 ? "" : "s") + " ("
                    + plural(result.errorCount(), "error") + ", " + plural(result.warningCount(), "warning")
                    + (maxWarnings >= 0 && result.warningCount() > maxWarnings ? ", more than the " + maxWarnings + " allowed" : "")
                    + ") in " + result.filesWithProblems() + " of " + result.files().size() + " files";
            if (failOnError) {
                throw new MojoFailureException(failure);
            }
            getLog().warn(summary);
        } catch (InputException e) {
            throw new MojoExecutionException("qa:validate: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("qa:validate could not read " + content + ": " + e, e);
        }
    }

    /**
     * Validates through the front door, as {@code qa validate} does, with file names relative to
     * the project; the plugin's includes and excludes are added to those of the qa.yaml found.
     */
    private ValidationResult validate(Path content, Path base) throws IOException, MojoExecutionException {
        InputReader.Builder reader = InputReader.builder().displayBase(base);
        if (configFile != null) {
            if (!Files.isRegularFile(configFile.toPath())) {
                throw new MojoExecutionException("the configuration file " + configFile + " does not exist");
            }
            reader.configFile(configFile.toPath());
        }
        InputPlan plan = reader.build().plan(List.of(content));
        List<Problem> configProblems = List.of();
        if (!includes.isEmpty() || !excludes.isEmpty()) {
            QaConfig.Builder merged = plan.config().toBuilder();
            try {
                includes.forEach(merged::include);
                excludes.forEach(merged::exclude);
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException(e.getMessage(), e);
            }
            configProblems = plan.problems();
            plan.inputs().get(0).configFile().ifPresent(reader::configFile);
            plan = reader.config(merged.build()).build().plan(List.of(content));
        }
        ContentValidator.Builder validator = ContentValidator.builder();
        ResultCache cache = null;
        if (cacheLocation != null) {
            try {
                cache = ResultCache.open(cacheLocation.toPath());
            } catch (IOException e) {
                throw new MojoExecutionException("qa:validate: <cacheLocation>: " + e.getMessage(), e);
            }
            cache.discarded().ifPresent(why -> getLog().warn("qa:validate: " + why));
            validator.cache(cache);
        }
        ValidationResult result = validator.build().validate(plan);
        if (cache != null) {
            try {
                cache.save();
            } catch (IOException e) {
                getLog().warn("qa:validate: the cache could not be saved: " + e);
            }
        }
        if (configProblems.isEmpty()) {
            return result;
        }
        List<Problem> all = new ArrayList<>(result.problems());
        all.addAll(configProblems);
        return new ValidationResult(all, result.files());
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String reportName(ReportFormat f) {
        return f.label().equals(f.fileExtension()) ? "qa." + f.fileExtension() : "qa-" + f.label() + "." + f.fileExtension();
    }
}
