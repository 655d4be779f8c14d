package dev.qakit.io.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import net.jqwik.engine.SourceOfRandomness;

/** Corpus files from the test resources, and samples drawn from jqwik arbitraries. */
public final class Seeds {
    private Seeds() {
    }

    /**
     * The files under a test-resource folder whose names end with one of the suffixes, in path order.
     *
     * @param resourceDir the folder, relative to the resource root
     * @param suffixes the name endings
     * @return their bytes
     */
    public static List<byte[]> files(String resourceDir, String... suffixes) {
        try (Stream<Path> walk = Files.walk(dir(resourceDir))) {
            List<byte[]> out = new ArrayList<>();
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                for (String s : suffixes) {
                    if (name.endsWith(s)) {
                        out.add(Files.readAllBytes(p));
                        break;
                    }
                }
            }
            if (out.isEmpty()) {
                throw new IllegalStateException("no seed files under " + resourceDir);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The payloads of the devalue conformance vectors (their {@code payload} member), and the
     * invalid vectors' payloads.
     *
     * @return the payload texts as UTF-8
     */
    public static List<byte[]> devaluePayloads() {
        List<byte[]> out = new ArrayList<>();
        JsonFactory json = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100_000).build()).build();
        for (byte[] vector : files("devalue", ".json")) {
            try (JsonParser p = json.createParser(ObjectReadContext.empty(), vector)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    continue;
                }
                for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
                    String name = p.currentName();
                    p.nextToken();
                    if (name.equals("payload") && p.currentToken() == JsonToken.VALUE_STRING) {
                        out.add(p.getString().getBytes(StandardCharsets.UTF_8));
                        break; // what follows (the expected value) may hold lone surrogates
                    } else {
                        p.skipChildren();
                    }
                }
            }
        }
        return out;
    }

    /**
     * A test-resource folder on disk.
     *
     * @param resourceDir the folder, relative to the resource root
     * @return its path
     */
    public static Path dir(String resourceDir) {
        URL url = Seeds.class.getResource("/" + resourceDir);
        if (url == null) {
            throw new IllegalStateException("no test resource folder " + resourceDir);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An endless, reproducible source of values drawn from a jqwik arbitrary. Draw from the
     * thread that made it.
     *
     * @param <T> the value type
     * @param arbitrary the arbitrary
     * @param seed the seed
     * @return the values
     */
    public static <T> Iterator<T> samples(Arbitrary<T> arbitrary, long seed) {
        SourceOfRandomness.create(Long.toString(seed));
        return arbitrary.sampleStream().iterator();
    }
}
