package dev.qakit.io.markdown;

import dev.qakit.model.Body;
import dev.qakit.model.BodyNode;
import dev.qakit.model.JsonNull;
import dev.qakit.model.Navigation;
import dev.qakit.model.Page;
import dev.qakit.model.PageData;
import dev.qakit.model.Question;
import dev.qakit.model.Seo;
import dev.qakit.model.Sibling;
import dev.qakit.model.Toc;
import dev.qakit.model.TocLink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/** Test helper: the payload (JSON) shape of page data, and a JSON reader into plain values. */
final class PayloadShape {
    private PayloadShape() {
    }

    static Object readJson(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            try (JsonParser p = new JsonFactory().createParser(tools.jackson.core.ObjectReadContext.empty(), text)) {
                p.nextToken();
                return value(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object value(JsonParser p) {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    m.put(name, value(p));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p));
                }
                return l;
            }
            case VALUE_STRING -> {
                return p.getString();
            }
            case VALUE_NUMBER_INT -> {
                long l = p.getLongValue();
                return l == (int) l ? (Object) (int) l : (Object) l;
            }
            case VALUE_NUMBER_FLOAT -> {
                return p.getDoubleValue();
            }
            case VALUE_TRUE -> {
                return true;
            }
            case VALUE_FALSE -> {
                return false;
            }
            default -> {
                return JsonNull.INSTANCE;
            }
        }
    }

    static Map<String, Object> of(PageData d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", of(d.page()));
        List<Object> sib = new ArrayList<>();
        for (Sibling s : d.siblings()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            put(sm, "subtopic", s.subtopic());
            put(sm, "path", s.path());
            put(sm, "order", s.order());
            sm.putAll(s.extra());
            sib.add(sm);
        }
        m.put("siblings", sib);
        m.put("blog", d.blog());
        m.putAll(d.extra());
        return m;
    }

    static Map<String, Object> of(Page p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", nul(p.id()));
        m.put("title", nul(p.title()));
        m.put("body", p.body() == null ? JsonNull.INSTANCE : body(p.body()));
        m.put("description", nul(p.description()));
        m.put("difficulty", nul(p.difficulty()));
        m.put("extension", nul(p.extension()));
        m.put("framework", nul(p.framework()));
        m.put("frameworkSlug", nul(p.frameworkSlug()));
        m.put("meta", p.meta());
        Navigation n = p.navigation();
        m.put("navigation", n == null ? JsonNull.INSTANCE : n instanceof Navigation.Custom c ? c.fields() : (Object) n.shown());
        m.put("order", nul(p.order()));
        m.put("path", nul(p.path()));
        List<Object> qs = new ArrayList<>();
        for (Question q : p.questions()) {
            Map<String, Object> qm = new LinkedHashMap<>();
            put(qm, "id", q.id());
            put(qm, "difficulty", q.difficulty());
            put(qm, "q", q.question());
            put(qm, "a", q.answer());
            qm.putAll(q.extra());
            qs.add(qm);
        }
        m.put("questions", qs);
        m.put("questionsCount", nul(p.questionsCount()));
        m.put("related", p.related() == null ? JsonNull.INSTANCE : p.related());
        Seo s = p.seo();
        if (s == null) {
            m.put("seo", JsonNull.INSTANCE);
        } else {
            Map<String, Object> sm = new LinkedHashMap<>();
            put(sm, "title", s.title());
            put(sm, "description", s.description());
            sm.putAll(s.extra());
            m.put("seo", sm);
        }
        m.put("seoDescription", nul(p.seoDescription()));
        m.put("stem", nul(p.stem()));
        m.put("subtopic", nul(p.subtopic()));
        m.put("topic", nul(p.topic()));
        m.put("topicSlug", nul(p.topicSlug()));
        m.put("updated", nul(p.updated()));
        if (p.hash() != null) {
            m.put("__hash__", p.hash());
        }
        m.putAll(p.extra());
        return m;
    }

    static Map<String, Object> body(Body b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", b.type());
        List<Object> nodes = new ArrayList<>();
        for (BodyNode n : b.value()) {
            nodes.add(node(n));
        }
        m.put("value", nodes);
        if (b.toc() != null) {
            m.put("toc", toc(b.toc()));
        }
        m.putAll(b.extra());
        return m;
    }

    static Object node(BodyNode n) {
        if (n instanceof BodyNode.Text t) {
            return t.value();
        }
        BodyNode.Element e = (BodyNode.Element) n;
        List<Object> l = new ArrayList<>();
        l.add(e.tag());
        l.add(e.props());
        for (BodyNode c : e.children()) {
            l.add(node(c));
        }
        return l;
    }

    static Map<String, Object> toc(Toc t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", t.title());
        m.put("searchDepth", t.searchDepth());
        m.put("depth", t.depth());
        m.put("links", links(t.links()));
        m.putAll(t.extra());
        return m;
    }

    private static List<Object> links(List<TocLink> links) {
        List<Object> out = new ArrayList<>();
        for (TocLink l : links) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", l.id());
            m.put("depth", l.depth());
            m.put("text", l.text());
            if (!l.children().isEmpty()) {
                m.put("children", links(l.children()));
            }
            out.add(m);
        }
        return out;
    }

    private static Object nul(Object v) {
        return v == null ? JsonNull.INSTANCE : v;
    }

    private static void put(Map<String, Object> m, String k, Object v) {
        if (v != null) {
            m.put(k, v);
        }
    }
}
