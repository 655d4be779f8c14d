package dev.qakit.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.LogManager;

/**
 * Configures java.util.logging when something first uses it, which in a {@code qa} run is only
 * Hibernate Validator, and only when a {@code META-INF/validation.xml} brings it in: the JDK's
 * default configuration, with Hibernate Validator's announcement of its version at INFO
 * silenced (the command's stderr is for problems). {@link Main#main} names this class in
 * {@code java.util.logging.config.class} unless the user configured logging, so that a run that
 * logs nothing never starts java.util.logging (about 60 ms of CPU at start-up).
 */
public final class LoggingSetup {
    /** The levels added to the JDK's default configuration. */
    static final String LEVELS = "org.hibernate.validator.level = WARNING\n";

    /**
     * Reads the configuration into the log manager.
     *
     * @throws IOException if the JDK's default configuration cannot be read
     */
    public LoggingSetup() throws IOException {
        ByteArrayOutputStream config = new ByteArrayOutputStream();
        Path defaults = Path.of(System.getProperty("java.home"), "conf", "logging.properties");
        if (Files.isRegularFile(defaults)) {
            config.write(Files.readAllBytes(defaults));
        }
        config.write(("\n" + LEVELS).getBytes(StandardCharsets.ISO_8859_1));
        LogManager.getLogManager().readConfiguration(new ByteArrayInputStream(config.toByteArray()));
    }

    /** Names this class as the logging configuration, unless the user gave one. */
    static void install() {
        if (System.getProperty("java.util.logging.config.class") == null && System.getProperty("java.util.logging.config.file") == null) {
            System.setProperty("java.util.logging.config.class", LoggingSetup.class.getName());
        }
    }
}
