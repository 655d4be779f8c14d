package dev.qakit.validate.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** The report formats, each with a name (as {@code qa validate --format} takes it), a file extension and a reporter. */
public enum ReportFormat {
    /** {@code path:line:col: severity: message [rule-id]} per problem, then a summary line. */
    TEXT("text", "txt"),
    /** A JSON document: a summary and the problems with file, line, column, pointer, severity, rule id and message. */
    JSON("json", "json"),
    /** SARIF 2.1.0, for code scanning (GitHub, GitLab, IDEs). */
    SARIF("sarif", "sarif"),
    /** GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…,title=rule-id::message}). */
    GITHUB("github", "txt"),
    /** JUnit XML: a test case per file, failing when the file has errors. */
    JUNIT("junit", "xml"),
    /** GitLab Code Quality JSON (errors are {@code major}, warnings {@code minor}, infos {@code info}). */
    GITLAB("gitlab", "json");

    private final String label;
    private final String fileExtension;

    ReportFormat(String label, String fileExtension) {
        this.label = label;
        this.fileExtension = fileExtension;
    }

    /**
     * The format's name.
     *
     * @return the name, such as {@code sarif}
     */
    public String label() {
        return label;
    }

    /**
     * The extension of a report file in this format, without the dot.
     *
     * @return the extension
     */
    public String fileExtension() {
        return fileExtension;
    }

    /**
     * The reporter for this format.
     *
     * @return a reporter
     */
    public Reporter reporter() {
        return switch (this) {
            case TEXT -> new TextReporter();
            case JSON -> new JsonReporter();
            case SARIF -> new SarifReporter();
            case GITHUB -> new GithubReporter();
            case JUNIT -> new JunitReporter();
            case GITLAB -> new GitlabReporter();
        };
    }

    /**
     * The format with a name.
     *
     * @param label the name, any case
     * @return the format
     * @throws IllegalArgumentException naming the formats if there is none of this name
     */
    public static ReportFormat ofLabel(String label) {
        Objects.requireNonNull(label, "label");
        for (ReportFormat f : values()) {
            if (f.label.equals(label.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown report format '" + label + "', expected one of "
                + Arrays.stream(values()).map(ReportFormat::label).collect(Collectors.joining(", ", "[", "]")));
    }
}
