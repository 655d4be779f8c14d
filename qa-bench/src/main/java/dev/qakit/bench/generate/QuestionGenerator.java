package dev.qakit.bench.generate;

import static dev.qakit.bench.generate.Vocabulary.ADJECTIVES;
import static dev.qakit.bench.generate.Vocabulary.ADVERBS;
import static dev.qakit.bench.generate.Vocabulary.CONNECTIVES;
import static dev.qakit.bench.generate.Vocabulary.LANGUAGES;
import static dev.qakit.bench.generate.Vocabulary.NOUNS;
import static dev.qakit.bench.generate.Vocabulary.QUESTION_STARTS;
import static dev.qakit.bench.generate.Vocabulary.VERBS;
import static dev.qakit.bench.generate.Vocabulary.capitalize;
import static dev.qakit.bench.generate.Vocabulary.pick;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * Makes interview questions whose answers look like the ones real sites publish: wrapped
 * paragraphs with bold and code spans, fenced code blocks, GFM tables, bullet lists and a
 * closing rule of thumb. Deterministic: the same {@link Random} state gives the same questions.
 * Not thread-safe (it draws from one {@code Random}).
 */
final class QuestionGenerator {
    static final List<String> DIFFICULTIES = List.of("easy", "medium", "hard");
    private static final int WRAP = 80;
    private static final List<String> BASE_VERBS = List.of(
            "wrap", "schedule", "block", "release", "validate", "serialize", "resolve", "cache", "retry", "cancel",
            "await", "commit", "flush", "render", "hydrate", "dispatch", "intercept", "borrow", "clone", "drop");

    private final Random random;

    QuestionGenerator(Random random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** {@code count} questions with ids unique among themselves. */
    List<SyntheticQuestion> questions(int count) {
        List<SyntheticQuestion> questions = new ArrayList<>(count);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < count; i++) {
            questions.add(question(ids));
        }
        return questions;
    }

    /** One question whose id is not in {@code usedIds}; the id is added to it. */
    SyntheticQuestion question(Set<String> usedIds) {
        String adjective = pick(random, ADJECTIVES);
        String first = pick(random, NOUNS);
        String second = pick(random, NOUNS);
        String start = pick(random, QUESTION_STARTS);
        String q = switch (start) {
            case "What is the difference between" -> start + " " + article(adjective) + " `" + first + "` and a `" + second + "`?";
            case "When should you use", "Why would you avoid", "How do you test", "How do you configure" ->
                    start + " " + article(adjective) + " " + first + " in a " + second + "?";
            case "How does", "Explain how" -> start + " the " + first + " " + (start.startsWith("How")
                    ? pick(random, BASE_VERBS) + " " + article(adjective) + " " + second + "?"
                    : pick(random, VERBS) + " " + article(adjective) + " " + second + ".");
            case "What happens when" -> start + " a " + first + " " + pick(random, VERBS) + " the " + second + " twice?";
            case "What problem does" -> start + " " + article(adjective) + " " + first + " solve for a " + second + "?";
            default -> start + " " + adjective + " " + first + "s in a " + second + "?";
        };
        String base = Vocabulary.slugOf(adjective + " " + first + " " + second);
        String id = base;
        for (int n = 2; !usedIds.add(id); n++) {
            id = base + "-" + n;
        }
        return new SyntheticQuestion(id, pick(random, DIFFICULTIES), q, answer());
    }

    /** A Markdown answer of a few blocks, ending with a newline. */
    String answer() {
        List<String> blocks = new ArrayList<>();
        blocks.add(paragraph(2 + random.nextInt(3)));
        if (random.nextInt(10) < 7) {
            blocks.add(codeFence(pick(random, LANGUAGES)));
        }
        if (random.nextInt(10) < 5) {
            blocks.add(paragraph(1 + random.nextInt(3)));
        }
        if (random.nextInt(10) < 2) {
            blocks.add(table());
        }
        if (random.nextInt(10) < 3) {
            blocks.add(bulletList());
        }
        blocks.add(wrap("Rule of thumb: " + sentence()));
        return String.join("\n\n", blocks) + "\n";
    }

    /** A short page body: a heading and an introduction, ending with a newline. */
    String body() {
        return "## Overview\n\n" + paragraph(2 + random.nextInt(3)) + "\n";
    }

    private String paragraph(int sentences) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(sentence());
        }
        return wrap(text.toString());
    }

    private String sentence() {
        String subject = switch (random.nextInt(4)) {
            case 0 -> {
                String adjective = pick(random, ADJECTIVES);
                yield capitalize(article(adjective)) + " **" + adjective + " " + pick(random, NOUNS) + "**";
            }
            case 1 -> "The `" + identifier() + "` " + pick(random, NOUNS);
            case 2 -> "Every " + pick(random, NOUNS);
            default -> "The *" + pick(random, ADJECTIVES) + "* " + pick(random, NOUNS);
        };
        StringBuilder s = new StringBuilder(subject).append(' ').append(pick(random, VERBS))
                .append(" the ").append(pick(random, NOUNS));
        if (random.nextBoolean()) {
            s.append(' ').append(pick(random, CONNECTIVES)).append(" the ").append(pick(random, ADJECTIVES))
                    .append(' ').append(pick(random, NOUNS)).append(' ').append(pick(random, VERBS))
                    .append(" `").append(identifier()).append("()`");
        }
        if (random.nextInt(3) == 0) {
            s.append(' ').append(pick(random, ADVERBS));
        }
        return s.append('.').toString();
    }

    /** "a" or "an", then the word. */
    private static String article(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    private String identifier() {
        String a = pick(random, NOUNS).replace("-", "");
        String b = pick(random, NOUNS).replace("-", "");
        return random.nextBoolean() ? a + "_" + b : a + capitalize(b);
    }

    private String codeFence(String language) {
        Syntax syntax = Syntax.of(language);
        StringBuilder code = new StringBuilder("```").append(language).append('\n');
        int functions = 1 + random.nextInt(2);
        for (int f = 0; f < functions; f++) {
            if (f > 0) {
                code.append('\n');
            }
            code.append(syntax.comment()).append(' ').append(sentence()).append('\n');
            code.append(syntax.function(identifier(), pick(random, NOUNS).replace("-", ""))).append('\n');
            int lines = 2 + random.nextInt(7);
            for (int i = 0; i < lines; i++) {
                code.append(syntax.indent()).append(syntax.assign(identifier(),
                        identifier() + "." + pick(random, VERBS).replace(" ", "_") + "(" + random.nextInt(1000) + ")"));
                if (random.nextInt(4) == 0) {
                    code.append("  ").append(syntax.comment()).append(' ').append(pick(random, ADVERBS));
                }
                code.append('\n');
            }
            code.append(syntax.indent()).append(syntax.ret(identifier())).append('\n');
            if (!syntax.end().isEmpty()) {
                code.append(syntax.end()).append('\n');
            }
        }
        return code.append("```").toString();
    }

    private String table() {
        StringBuilder t = new StringBuilder("| Option | When to use | Cost |\n|--------|-------------|------|");
        int rows = 2 + random.nextInt(4);
        for (int i = 0; i < rows; i++) {
            t.append("\n| `").append(identifier()).append("` | ").append(pick(random, ADJECTIVES)).append(' ')
                    .append(pick(random, NOUNS)).append(" work | ").append(1 + random.nextInt(100)).append(" ms |");
        }
        return t.toString();
    }

    private String bulletList() {
        StringBuilder list = new StringBuilder();
        int items = 2 + random.nextInt(3);
        for (int i = 0; i < items; i++) {
            if (i > 0) {
                list.append('\n');
            }
            list.append("- ").append(sentence());
        }
        return list.toString();
    }

    /** Breaks text at spaces so that lines stay within {@value #WRAP} characters, as hand-written answers do. */
    private static String wrap(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int lineStart = 0;
        for (String word : text.split(" ")) {
            if (out.length() > lineStart) {
                if (out.length() - lineStart + 1 + word.length() > WRAP) {
                    out.append('\n');
                    lineStart = out.length();
                } else {
                    out.append(' ');
                }
            }
            out.append(word);
        }
        return out.toString();
    }

    /** Just enough of each language's syntax to make code that reads like it. */
    private record Syntax(String comment, String functionTemplate, String assignTemplate, String returnTemplate,
            String indent, String end) {
        static Syntax of(String language) {
            return switch (language) {
                case "python" -> new Syntax("#", "async def %s(%s: int) -> dict:", "%s = await %s", "return %s", "    ", "");
                case "ts" -> new Syntax("//", "export async function %s(%s: number) {", "const %s = await %s;", "return %s;", "  ", "}");
                case "java" -> new Syntax("//", "public Result %s(long %s) {", "var %s = %s;", "return %s;", "    ", "}");
                case "go" -> new Syntax("//", "func %s(%s int) (Result, error) {", "%s := %s", "return %s, nil", "\t", "}");
                case "rust" -> new Syntax("//", "fn %s(%s: u64) -> Result<Output> {", "let %s = %s?;", "Ok(%s)", "    ", "}");
                case "kotlin" -> new Syntax("//", "suspend fun %s(%s: Long): Result {", "val %s = %s", "return %s", "    ", "}");
                case "sql" -> new Syntax("--", "-- %s over %s", "SELECT %s FROM %s;", "-- returns %s", "", "");
                default -> new Syntax("#", "%s() { # %s", "local %s=$(%s)", "echo \"$%s\"", "  ", "}");
            };
        }

        String function(String name, String parameter) {
            return String.format(functionTemplate, name, parameter);
        }

        String assign(String name, String value) {
            return String.format(assignTemplate, name, value);
        }

        String ret(String name) {
            return String.format(returnTemplate, name);
        }
    }
}
