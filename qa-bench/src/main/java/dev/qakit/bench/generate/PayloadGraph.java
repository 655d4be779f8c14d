package dev.qakit.bench.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The value a Nuxt 4 site hands to devalue for a question page's {@code _payload.json}:
 * {@code {data: {"qa-<route>": {page, siblings, blog}}, prerenderedAt}}, fields in the order
 * Nuxt Content writes them (the seed's order). Plain maps, lists, strings, numbers and
 * {@code null}: the one reduced value, {@code data} (a {@code ShallowReactive}), is marked by
 * the encoder, not here.
 */
final class PayloadGraph {
    /** A fixed prerender time, so that the payload is a pure function of the seed. */
    static final long PRERENDERED_AT = 1_782_244_112_510L;

    private PayloadGraph() {
    }

    /** The payload's root object; {@code data} is the value under the {@code "data"} key. */
    static Map<String, Object> of(SyntheticPage page, List<SyntheticPage> siblings) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("page", page(page));
        List<Object> siblingList = new ArrayList<>();
        for (SyntheticPage s : siblings) {
            Map<String, Object> sibling = new LinkedHashMap<>();
            sibling.put("subtopic", s.subtopic());
            sibling.put("path", s.path());
            sibling.put("order", s.order());
            siblingList.add(sibling);
        }
        entry.put("siblings", siblingList);
        entry.put("blog", null);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("qa-" + page.path(), entry);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("data", data);
        root.put("prerenderedAt", PRERENDERED_AT);
        return root;
    }

    private static Map<String, Object> page(SyntheticPage page) {
        Map<String, Object> toc = new LinkedHashMap<>();
        toc.put("title", "");
        toc.put("searchDepth", 2);
        toc.put("depth", 2);
        toc.put("links", new ArrayList<>());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "minimark");
        body.put("value", new ArrayList<>());
        body.put("toc", toc);
        List<Object> questions = new ArrayList<>();
        for (SyntheticQuestion q : page.questions()) {
            Map<String, Object> question = new LinkedHashMap<>();
            question.put("id", q.id());
            question.put("difficulty", q.difficulty());
            question.put("q", q.q());
            question.put("a", q.a());
            questions.add(question);
        }
        Map<String, Object> seo = new LinkedHashMap<>();
        seo.put("description", "");
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", "qa/" + page.stem() + ".md");
        p.put("title", page.title());
        p.put("body", body);
        p.put("description", "");
        p.put("difficulty", page.difficulty());
        p.put("extension", "md");
        p.put("framework", page.framework());
        p.put("frameworkSlug", page.frameworkSlug());
        p.put("meta", new LinkedHashMap<>());
        p.put("navigation", true);
        p.put("order", page.order());
        p.put("path", page.path());
        p.put("questions", questions);
        p.put("questionsCount", questions.size());
        p.put("related", null);
        p.put("seo", seo);
        p.put("seoDescription", page.seoDescription());
        p.put("stem", page.stem());
        p.put("subtopic", page.subtopic());
        p.put("topic", page.topic());
        p.put("topicSlug", page.topicSlug());
        p.put("updated", page.updated());
        p.put("__hash__", page.hash());
        return p;
    }
}
