package dev.qakit.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.testing.RepoFiles;
import dev.qakit.io.ReadResult;
import dev.qakit.io.SourceMap;
import dev.qakit.io.input.InputReader;
import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.model.Sibling;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.SourceLocation;
import dev.qakit.validate.ContentValidator;
import dev.qakit.validate.ValidationResult;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The differential check of the two constraint engines: Hibernate Validator (the oracle, set up
 * as {@link ContentValidator} sets it up for users' own constraints) and {@link BuiltInConstraints}
 * report identical problems (rule ids, messages, locations and pointers) on the bundled examples,
 * the broken examples, the test corpora, the real-world pages and on generated pages whose
 * values are chosen to break every constraint, alone and together, with text that message
 * templates would interpret ({@code { } \ $}).
 */
class ConstraintEnginesAgreeTest {
    private static final Comparator<Problem> FULL_ORDER = Comparator.comparing(Problem::toString);
    /** The oracle, shared by the JUnit and the jqwik tests. */
    private static final ValidatorFactory HIBERNATE_FACTORY = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private static final Validator HIBERNATE = HIBERNATE_FACTORY.getValidator();

    static Stream<Named<Path>> trees() {
        Path root = RepoFiles.root();
        List<Named<Path>> out = new ArrayList<>();
        for (String tree : List.of("examples", "examples-broken/content", "qa-validate/src/test/resources/corpus/content",
                "qa-io/src/test/resources/markdown/corpus", "qa-io/src/test/resources/nuxt/content",
                "qa-io/src/test/resources/nuxt/generated", "testdata/realworld")) {
            Path p = root.resolve(tree);
            assertThat(p).as(tree).isDirectory();
            out.add(Named.of(tree, p));
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("trees")
    void bothEnginesReportTheSameProblemsOnATree(Path tree) throws IOException {
        InputReader inputs = InputReader.builder().displayBase(tree).build();
        ValidationResult builtIn = ContentValidator.builder().inputReader(inputs).jobs(2).build().validate(List.of(tree));
        ValidationResult oracle = ContentValidator.builder().inputReader(inputs).jobs(2).validatorFactory(HIBERNATE_FACTORY).build()
                .validate(List.of(tree));
        assertThat(sorted(builtIn.problems())).containsExactlyElementsOf(sorted(oracle.problems()));
        assertThat(builtIn.files()).isEqualTo(oracle.files()).isNotEmpty();
    }

    @Property(tries = 3000)
    void bothEnginesReportTheSameProblemsOnAGeneratedPage(@ForAll("pages") PageData data) {
        SourceMap map = layout("gen.md", data);
        List<Problem> builtIn = new ArrayList<>();
        BuiltInConstraints.check(data, map, builtIn);
        List<Problem> oracle = new ArrayList<>();
        for (ConstraintViolation<PageData> v : HIBERNATE.validate(data)) {
            oracle.add(ConstraintMapping.toProblem(v, map));
        }
        assertThat(sorted(builtIn)).containsExactlyElementsOf(sorted(oracle));
        // and through the whole page check (lints and summaries are engine-independent)
        ReadResult<PageData> read = ReadResult.of(data, List.of(), map);
        assertThat(sorted(new PageChecker(null, s -> s).check("", read).problems()))
                .containsExactlyElementsOf(sorted(new PageChecker(HIBERNATE, s -> s).check("", read).problems()));
    }

    @Provide
    Arbitrary<PageData> pages() {
        Arbitrary<String> text = Arbitraries.of("ok", "what-is-async", "Bad Id", "", " ", "\t", "a{b}", "x\\y", "${1+1}", "\\{", "\\}",
                "\\\\{", "{value}", "$", "a-", "UPPER", "e\u0301", "x".repeat(80)).injectNull(0.15);
        Arbitrary<String> difficulty = Arbitraries.of("easy", "medium", "hard", "expert", "Easy", "", "{x}").injectNull(0.2);
        Arbitrary<String> route = Arbitraries.of("/t/a", "/t/b", "/t/c", "/", "t/a", "/t/a/", "/t a", "/t/{x}", "/t/\\$", "//", "")
                .injectNull(0.2);
        Arbitrary<Integer> order = Arbitraries.of(1, 2, 3, 0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE).injectNull(0.2);
        Arbitrary<String> date = Arbitraries.of("2026-06-20", "2026-02-30", "2026-6-1", "x", "", "+2026-01-01").injectNull(0.3);
        Arbitrary<String> slug = Arbitraries.of("fastapi", "spring-boot", "Fast API", "a--b", "", "{x}").injectNull(0.3);
        Arbitrary<Question> question = Combinators.combine(text, difficulty, text, text)
                .as((id, d, q, a) -> new Question(id, d, q, a, Map.of()));
        Arbitrary<Sibling> sibling = Combinators.combine(text, route, order).as((s, p, o) -> new Sibling(s, p, o, Map.of()));
        Arbitrary<String> stem = Arbitraries.of("t/a", "t/b", "1.t/2.a", "t/index", "T/A", "t/{x}").injectNull(0.2);
        Arbitrary<Page> scalars = Combinators.combine(text, difficulty, slug, slug, order, route, stem, date)
                .as((title, d, fs, ts, o, path, st, up) -> Page.builder().title(title).difficulty(d).frameworkSlug(fs).topicSlug(ts)
                        .order(o).path(path).stem(st).updated(up).build());
        Arbitrary<Page> page = Combinators.combine(scalars, question.list().ofMaxSize(5), Arbitraries.integers().between(-1, 6).injectNull(0.3))
                .as((p, qs, count) -> p.toBuilder().questions(qs).questionsCount(count).build());
        return Combinators.combine(page, sibling.list().ofMaxSize(4), Arbitraries.of(true, false)).as((p, sibs, withSelf) -> {
            List<Sibling> all = new ArrayList<>(sibs);
            if (withSelf && p.path() != null) {
                all.add(0, Sibling.of("self", p.path(), 1));
            }
            return PageData.of(p, all);
        });
    }

    /** Every pointer a constraint can point at, on a line of its own. */
    private static SourceMap layout(String source, PageData data) {
        Map<String, SourceLocation> m = new HashMap<>();
        int line = 1;
        for (String field : List.of("title", "difficulty", "frameworkSlug", "order", "path", "questionsCount", "topicSlug", "updated")) {
            m.put("/page/" + field, SourceLocation.at(source, line++, 3));
        }
        for (int i = 0; i < data.page().questions().size(); i++) {
            for (String field : List.of("id", "difficulty", "q", "a")) {
                m.put("/page/questions/" + i + "/" + field, SourceLocation.at(source, line++, 5));
            }
        }
        m.put("/siblings", SourceLocation.at(source, line++, 1));
        for (int i = 0; i < data.siblings().size(); i++) {
            m.put("/siblings/" + i + "/path", SourceLocation.at(source, line++, 5));
            m.put("/siblings/" + i + "/order", SourceLocation.at(source, line++, 5));
        }
        return SourceMap.of(source, m);
    }

    private static List<Problem> sorted(List<Problem> problems) {
        List<Problem> out = new ArrayList<>(problems);
        out.sort(FULL_ORDER);
        return out;
    }
}
