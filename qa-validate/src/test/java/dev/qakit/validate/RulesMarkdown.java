package dev.qakit.validate;

import dev.qakit.validate.RuleInfo.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the rule catalogue as the Markdown page {@code docs/rules.md}. */
final class RulesMarkdown {
    private RulesMarkdown() {
    }

    /**
     * The page: an introduction, then one table per source in catalogue order.
     *
     * @param rules the catalogue
     * @return the Markdown text, lines ending in {@code \n}
     */
    static String render(List<RuleInfo> rules) {
        Map<Source, List<RuleInfo>> bySource = new LinkedHashMap<>();
        for (RuleInfo r : rules) {
            bySource.computeIfAbsent(r.source(), s -> new ArrayList<>()).add(r);
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# Rules\n\n");
        sb.append("<!-- Generated from dev.qakit.validate.Rules by RuleCatalogueTest in qa-validate; do not edit by hand. -->\n\n");
        sb.append("Every rule id qakit can report, with its default severity, what it checks and an example: a short\n");
        sb.append("input that breaks it or a message it prints. `qa validate --list-rules` prints the same list.\n");
        sb.append("Any rule can be raised, lowered or turned off in `qa.yaml` (`rules:` and `disable:`) and, for\n");
        sb.append("one page, in its frontmatter (`qa: {disable: [rule-id]}`). The rules of constraints you add\n");
        sb.append("(`ContentValidator.Builder.validatorFactory`) are not listed here; `custom-rules:` in `qa.yaml`\n");
        sb.append("declares their ids, which can then be configured the same way.\n\n");
        sb.append(rules.size()).append(" rules: ");
        List<String> counts = new ArrayList<>();
        bySource.forEach((source, list) -> counts.add(list.size() + " from the " + source.label()));
        sb.append(String.join(", ", counts)).append(".\n");
        bySource.forEach((source, list) -> {
            sb.append("\n## ").append(capitalized(source.label())).append(" (").append(list.size()).append(" rules)\n\n");
            sb.append("| rule | severity | what it checks | example |\n");
            sb.append("|---|---|---|---|\n");
            for (RuleInfo r : list) {
                sb.append("| ").append(code(r.id())).append(" | ").append(r.defaultSeverity().label()).append(" | ")
                        .append(text(r.description())).append(" | ").append(code(r.example())).append(" |\n");
            }
        });
        return sb.toString();
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Table-cell text: backticks, emphasis marks, pipes and {@code <} cannot start Markdown or HTML. */
    private static String text(String s) {
        return s.replace("\\", "\\\\").replace("`", "\\`").replace("_", "\\_").replace("*", "\\*").replace("|", "\\|")
                .replace("<", "&lt;");
    }

    /** A code span in a table cell: fenced by one backtick more than the longest run inside it, padded if it holds backticks. */
    private static String code(String s) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String inner = s.replace("|", "\\|");
        boolean pad = longest > 0;
        return fence + (pad ? " " : "") + inner + (pad ? " " : "") + fence;
    }
}
