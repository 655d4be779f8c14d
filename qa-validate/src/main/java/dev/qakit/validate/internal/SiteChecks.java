package dev.qakit.validate.internal;

import dev.qakit.model.problem.Problem;
import dev.qakit.model.problem.Severity;
import dev.qakit.io.input.SiteRoutes;
import dev.qakit.model.problem.SourceLocation;
import dev.qakit.validate.Rules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The rules that need more than one page, run once every page of a site has been summarised.
 * Pages are visited in source order, so that "the first" and "the later" of two clashing pages
 * are the same on every run.
 */
final class SiteChecks {
    private final Function<String, SiteRoutes> routes;
    private final Consumer<Problem> out;

    SiteChecks(Function<String, SiteRoutes> routes, Consumer<Problem> out) {
        this.routes = routes;
        this.out = out;
    }

    void run(List<PageSummary> pages) {
        Map<String, List<PageSummary>> bySite = new TreeMap<>();
        for (PageSummary p : pages) {
            bySite.computeIfAbsent(p.site, k -> new ArrayList<>()).add(p);
        }
        for (List<PageSummary> site : bySite.values()) {
            site.sort(Comparator.comparing((PageSummary p) -> p.source).thenComparingLong(p -> p.pathLoc));
            checkSite(site);
        }
    }

    private void checkSite(List<PageSummary> site) {
        Map<String, PageSummary> byPath = new HashMap<>();
        Map<String, PageSummary> byId = new HashMap<>();
        Map<String, List<PageSummary>> topics = new LinkedHashMap<>();
        for (PageSummary p : site) {
            if (p.path != null) {
                PageSummary first = byPath.putIfAbsent(p.path, p);
                if (first != null) {
                    report(Rules.SITE_DUPLICATE_PATH, "path '" + p.path + "' is also the path of " + at(first, first.pathLoc),
                            p, p.pathLoc, "/page/path", related(first, first.pathLoc, "/page/path"));
                }
            }
            if (p.id != null) {
                PageSummary first = byId.putIfAbsent(p.id, p);
                if (first != null) {
                    report(Rules.SITE_DUPLICATE_ID, "id '" + p.id + "' is also the id of " + at(first, first.idLoc),
                            p, p.idLoc, "/page/id", related(first, first.idLoc, "/page/id"));
                }
            }
            if (p.topic != null) {
                topics.computeIfAbsent(p.topic, k -> new ArrayList<>()).add(p);
            }
        }
        for (Map.Entry<String, List<PageSummary>> t : topics.entrySet()) {
            checkTopic(t.getKey(), t.getValue(), byPath);
        }
        SiteRoutes known = routes.apply(site.get(0).site).forContent(byPath.keySet());
        for (PageSummary p : site) {
            checkLinks(p, byPath, known, site.size() > 1);
        }
    }

    private void checkTopic(String topic, List<PageSummary> pages, Map<String, PageSummary> byPath) {
        Map<Long, Object[]> texts = new HashMap<>();
        for (PageSummary p : pages) {
            for (int i = 0; i < p.textHashes.length; i++) {
                if (p.textHashes[i] == 0) {
                    continue;
                }
                Object[] first = texts.putIfAbsent(p.textHashes[i], new Object[] {p, i});
                if (first != null) {
                    PageSummary fp = (PageSummary) first[0];
                    int fi = (Integer) first[1];
                    report(Rules.LINT_DUPLICATE_QUESTION_TEXT, "the same question text as question " + (fi + 1) + " at "
                            + at(fp, fp.textLocs[fi]) + (fp == p ? "" : " (same topic '" + topic + "')"),
                            p, p.textLocs[i], "/page/questions/" + i + "/q", related(fp, fp.textLocs[fi], "/page/questions/" + fi + "/q"));
                }
            }
        }
        if (pages.size() < 2) {
            return;
        }
        checkOrders(topic, pages);
        Map<String, Object[]> ids = new HashMap<>();
        for (PageSummary p : pages) {
            Set<String> own = new HashSet<>();
            for (int i = 0; i < p.questionIds.length; i++) {
                String id = p.questionIds[i];
                if (id.isEmpty() || !own.add(id)) {
                    continue;
                }
                Object[] first = ids.putIfAbsent(id, new Object[] {p, i});
                if (first != null) {
                    PageSummary fp = (PageSummary) first[0];
                    int fi = (Integer) first[1];
                    report(Rules.TOPIC_QUESTION_ID_REPEATED, "question id '" + id + "' is also used at "
                            + at(fp, fp.questionIdLocs[fi]) + " in the same topic '" + topic + "'",
                            p, p.questionIdLocs[i], "/page/questions/" + i + "/id", related(fp, fp.questionIdLocs[fi], "/page/questions/" + fi + "/id"));
                }
            }
        }
        for (PageSummary p : pages) {
            if (p.siblings != null) {
                checkSiblings(topic, p, pages, byPath);
            }
        }
    }

    private void checkOrders(String topic, List<PageSummary> pages) {
        Map<Integer, PageSummary> byOrder = new TreeMap<>();
        for (PageSummary p : pages) {
            if (p.order == null || p.order < 1) {
                continue;
            }
            PageSummary first = byOrder.putIfAbsent(p.order, p);
            if (first != null) {
                report(Rules.TOPIC_ORDER_DUPLICATE, "order " + p.order + " in topic '" + topic + "' is also the order of "
                        + at(first, first.orderLoc), p, p.orderLoc, "/page/order", related(first, first.orderLoc, "/page/order"));
            }
        }
        int expected = 1;
        for (Map.Entry<Integer, PageSummary> e : byOrder.entrySet()) {
            int order = e.getKey();
            if (order != expected) {
                PageSummary p = e.getValue();
                String msg = expected == 1
                        ? "orders in topic '" + topic + "' start at " + order + "; expected 1"
                        : "orders in topic '" + topic + "' skip from " + (expected - 1) + " to " + order + "; expected "
                                + (order - expected == 1 ? String.valueOf(expected) : expected + " to " + (order - 1));
                report(Rules.TOPIC_ORDER_GAP, msg, p, p.orderLoc, "/page/order", List.of());
            }
            expected = order + 1;
        }
    }

    private void checkSiblings(String topic, PageSummary p, List<PageSummary> topicPages, Map<String, PageSummary> byPath) {
        SiblingCodec.Entry[] entries = SiblingCodec.decode(p.siblings);
        Set<String> listed = new HashSet<>();
        for (int i = 0; i < entries.length; i++) {
            SiblingCodec.Entry e = entries[i];
            if (e.path() == null) {
                continue;
            }
            listed.add(e.path());
            PageSummary target = byPath.get(e.path());
            if (target == null) {
                report(Rules.SIBLINGS_MISSING_PAGE, "sibling '" + e.path() + "' names no page of this site", p,
                        p.siblingPathLocs[i], "/siblings/" + i + "/path", List.of());
                continue;
            }
            if (e.order() != null && target.order != null && !e.order().equals(target.order)) {
                report(Rules.SIBLINGS_MISMATCH, "sibling '" + e.path() + "' has order " + e.order() + " but that page's order is "
                        + target.order + " (" + at(target, target.orderLoc) + ")", p, p.siblingOrderLocs[i], "/siblings/" + i + "/order",
                        related(target, target.orderLoc, "/page/order"));
            }
            if (e.subtopic() != null && target.subtopic != null && !e.subtopic().equals(target.subtopic)) {
                report(Rules.SIBLINGS_MISMATCH, "sibling '" + e.path() + "' has subtopic '" + e.subtopic()
                        + "' but that page's subtopic is '" + target.subtopic + "'", p, p.siblingPathLocs[i], "/siblings/" + i + "/subtopic",
                        related(target, target.pathLoc, "/page/path"));
            }
        }
        for (PageSummary other : topicPages) {
            if (other.path != null && !listed.contains(other.path)) {
                report(Rules.SIBLINGS_INCOMPLETE, "siblings leave out '" + other.path + "', a page of topic '" + topic + "' ("
                        + at(other, other.pathLoc) + ")", p, p.siblingsLoc, "/siblings", related(other, other.pathLoc, "/page/path"));
            }
        }
    }

    private void checkLinks(PageSummary p, Map<String, PageSummary> byPath, SiteRoutes known, boolean multiPage) {
        for (PageSummary.Link link : p.links) {
            PageSummary target = link.route().isEmpty() || link.route().equals(p.path) ? p : byPath.get(link.route());
            if (target == null) {
                // a route the site serves that is no content page (an app page, a redirect): its anchors are not known here
                if (multiPage && !known.serves(link.route())) {
                    report(Rules.LINK_PAGE_NOT_FOUND, "link '" + link.written() + "' names no page of this site", p, link.loc(),
                            link.pointer(), List.of());
                }
                continue;
            }
            String fragment = link.fragment();
            if (fragment != null && !hasAnchor(target, fragment)) {
                List<String> anchors = new ArrayList<>(List.of(target.questionIds));
                anchors.addAll(List.of(target.headingIds));
                anchors.removeIf(String::isEmpty);
                String listed = anchors.size() > 8 ? String.join(", ", anchors.subList(0, 8)) + ", …" : String.join(", ", anchors);
                report(Rules.LINK_ANCHOR_NOT_FOUND, "link '" + link.written() + "' names no question or heading '" + fragment
                        + "' of " + (target == p ? "this page" : "'" + target.path + "'") + "; its anchors are [" + listed + "]",
                        p, link.loc(), link.pointer(), target == p ? List.of() : related(target, target.pathLoc, "/page/path"));
            }
        }
    }

    private static boolean hasAnchor(PageSummary p, String fragment) {
        for (String id : p.questionIds) {
            if (id.equals(fragment)) {
                return true;
            }
        }
        for (String id : p.headingIds) {
            if (id.equals(fragment)) {
                return true;
            }
        }
        return false;
    }

    private static String at(PageSummary p, long loc) {
        return Loc.unpack(p.source, loc, "").toString();
    }

    /** The one other place a message names, with the pointer of the value there. */
    private static List<SourceLocation> related(PageSummary p, long loc, String pointer) {
        return List.of(Loc.unpack(p.source, loc, pointer));
    }

    private void report(String rule, String message, PageSummary p, long loc, String pointer, List<SourceLocation> related) {
        Severity severity = Rules.find(rule).map(r -> r.defaultSeverity()).orElse(Severity.ERROR);
        SourceLocation where = Loc.unpack(p.source, loc, pointer);
        out.accept(new Problem(severity, rule, message, where, related));
    }
}
