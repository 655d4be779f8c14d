import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the inputs of the yaml-test-suite as JSON Lines, one case per line, in path order:
 * {@code {"id":"2G84/00","name":"…","error":true,"yaml":"…"}} ({@code error}: the suite expects
 * a parser to refuse the input). Line feeds, tabs and carriage returns are written {@code \n},
 * {@code \t} and {@code \r}, every other character outside printable ASCII as a JSON
 * {@code u}-escape, so the file survives any editor or checkout unchanged (the inputs hold tabs,
 * carriage returns, byte-order marks and trailing blanks).
 *
 * <p>Run with a checkout of the suite's data (tag {@code data-2022-01-17}):
 * {@code java ExtractInputs.java /path/to/yaml-test-suite-data > in-yaml.jsonl}
 */
public class ExtractInputs {
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        List<Path> inputs;
        try (Stream<Path> walk = Files.walk(root)) {
            inputs = walk.filter(p -> p.getFileName().toString().equals("in.yaml")).sorted().toList();
        }
        StringBuilder out = new StringBuilder();
        for (Path in : inputs) {
            Path dir = in.getParent();
            String id = root.relativize(dir).toString().replace(dir.getFileSystem().getSeparator(), "/");
            String name = Files.readString(dir.resolve("==="), StandardCharsets.UTF_8).strip();
            boolean error = Files.exists(dir.resolve("error"));
            String yaml = Files.readString(in, StandardCharsets.UTF_8);
            out.append("{\"id\":").append(json(id)).append(",\"name\":").append(json(name)).append(",\"error\":").append(error)
                    .append(",\"yaml\":").append(json(yaml)).append("}\n");
        }
        System.out.print(out);
    }

    private static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c > 0x7e) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
