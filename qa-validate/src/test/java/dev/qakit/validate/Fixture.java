package dev.qakit.validate;

import dev.qakit.io.ReadResult;
import dev.qakit.io.SourceMap;
import dev.qakit.model.ContentPaths;
import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.model.Sibling;
import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pages built in code, with a source map laid out as a frontmatter file would be:
 * id on line 1, path 2, order 3, title 4, seoDescription 5, meta/qa 6, siblings from line 7
 * (two lines each, path then order), questions from line 30 (id and difficulty at column 25, q, a on three lines each).
 * Values start at column 7 (top-level keys) or 9 (list items).
 */
public final class Fixture {
    private Fixture() {
    }

    public static Question question(String id) {
        return Question.of(id, "easy", "What is " + id + "?", "It is " + id + ".");
    }

    public static Page.Builder page(String path, int order, String... questionIds) {
        List<Question> qs = new ArrayList<>();
        for (String id : questionIds) {
            qs.add(question(id));
        }
        String stem = path.substring(1);
        return Page.builder().id("qa/" + stem + ".md").title("Page " + path).stem(stem).path(ContentPaths.routeOf(stem))
                .order(order).difficulty("easy").questions(qs).questionsCount(qs.size());
    }

    public static ReadResult<PageData> read(String source, Page page) {
        return read(source, PageData.of(page, List.of()), List.of());
    }

    public static ReadResult<PageData> read(String source, PageData data) {
        return read(source, data, List.of());
    }

    public static ReadResult<PageData> read(String source, PageData data, List<Problem> problems) {
        return ReadResult.of(data, problems, layout(source, data));
    }

    public static SourceMap layout(String source, PageData data) {
        Map<String, SourceLocation> m = new HashMap<>();
        m.put("/page/id", SourceLocation.at(source, 1, 7));
        m.put("/page/path", SourceLocation.at(source, 2, 7));
        m.put("/page/order", SourceLocation.at(source, 3, 7));
        m.put("/page/title", SourceLocation.at(source, 4, 7));
        m.put("/page/seoDescription", SourceLocation.at(source, 5, 7));
        m.put("/page/meta/qa", SourceLocation.at(source, 6, 7));
        m.put("/siblings", SourceLocation.at(source, 7, 1));
        for (int i = 0; i < data.siblings().size(); i++) {
            m.put("/siblings/" + i + "/path", SourceLocation.at(source, 8 + 2 * i, 9));
            m.put("/siblings/" + i + "/order", SourceLocation.at(source, 9 + 2 * i, 9));
        }
        for (int i = 0; i < data.page().questions().size(); i++) {
            m.put("/page/questions/" + i + "/id", SourceLocation.at(source, 30 + 3 * i, 9));
            m.put("/page/questions/" + i + "/difficulty", SourceLocation.at(source, 30 + 3 * i, 25));
            m.put("/page/questions/" + i + "/q", SourceLocation.at(source, 31 + 3 * i, 9));
            m.put("/page/questions/" + i + "/a", SourceLocation.at(source, 32 + 3 * i, 9));
        }
        return SourceMap.of(source, m);
    }

    public static List<Sibling> siblings(String... pathsThenOrders) {
        List<Sibling> out = new ArrayList<>();
        for (String p : pathsThenOrders) {
            String[] parts = p.split("@");
            out.add(Sibling.of("Page " + parts[0], parts[0], Integer.parseInt(parts[1])));
        }
        return out;
    }

    /** Problems as "source:line:col rule-id" lines. */
    public static List<String> located(ValidationResult result) {
        return result.problems().stream().map(p -> p.location() + " " + p.ruleId()).toList();
    }
}
