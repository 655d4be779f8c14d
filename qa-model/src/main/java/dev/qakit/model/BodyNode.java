package dev.qakit.model;

import dev.qakit.model.internal.OrderedMaps;
import java.util.List;
import java.util.Objects;

/**
 * A node of a page body tree: an {@link Element} or a {@link Text}.
 *
 * <p>In minimark (Nuxt Content 3) a text node is a JSON string and an element is an array
 * {@code [tag, props, ...children]}; in the older hast-like trees (Nuxt Content 2, MDC parse
 * results) they are {@code {type: "text", value}} and {@code {type: "element", tag, props,
 * children}}. Both read into these records; {@link Body#type()} says which form to write back.
 */
public sealed interface BodyNode {

    /**
     * The HTML attribute name of an element property. Bodies carry hast's camelCase property
     * names; this is the rule that turns them back into attributes: {@code className} →
     * {@code class}, {@code htmlFor} → {@code for}, {@code httpEquiv} → {@code http-equiv},
     * {@code acceptCharset} → {@code accept-charset}, {@code ariaDescribedBy} →
     * {@code aria-describedby}, {@code dataFootnoteRef} → {@code data-footnote-ref}; a name
     * that already has {@code -} or {@code :} is only lower-cased, and any other name is lower-cased
     * ({@code tabIndex} → {@code tabindex}).
     *
     * @param prop the property name
     * @return the attribute name
     */
    static String htmlAttributeName(String prop) {
        Objects.requireNonNull(prop, "prop");
        switch (prop) {
            case "className": return "class";
            case "htmlFor": return "for";
            case "httpEquiv": return "http-equiv";
            case "acceptCharset": return "accept-charset";
            default: break;
        }
        if (prop.indexOf('-') >= 0 || prop.indexOf(':') >= 0) {
            return prop.toLowerCase(java.util.Locale.ROOT);
        }
        if (prop.length() > 4 && prop.startsWith("aria") && Character.isUpperCase(prop.charAt(4))) {
            return "aria-" + prop.substring(4).toLowerCase(java.util.Locale.ROOT);
        }
        if (prop.length() > 4 && prop.startsWith("data") && Character.isUpperCase(prop.charAt(4))) {
            StringBuilder sb = new StringBuilder("data");
            for (int i = 4; i < prop.length(); i++) {
                char c = prop.charAt(i);
                if (Character.isUpperCase(c)) {
                    sb.append('-').append(Character.toLowerCase(c));
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }
        return prop.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A text node.
     *
     * @param value the text, unescaped
     */
    record Text(String value) implements BodyNode {
                /**
         * Checks the text is not null.
         *
         * @param value the value
         */
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * An element node.
     *
     * @param tag the tag name ({@code p}, {@code h2}, {@code pre}, or a Vue component name)
     * @param props the element's properties in hast's camelCase naming ({@code className},
     *     {@code ariaDescribedBy}), in order; values are untyped (strings, numbers, booleans,
     *     lists of strings)
     * @param children the child nodes, in order
     */
    record Element(String tag, java.util.Map<String, Object> props, List<BodyNode> children) implements BodyNode {
                /**
         * Copies the props (ordered) and the children.
         *
         * @param tag the tag
         * @param props the props
         * @param children the children
         */
        public Element {
            Objects.requireNonNull(tag, "tag");
            props = OrderedMaps.copyOf(props, "props");
            children = List.copyOf(children);
        }

        /**
         * The text of this element and all its descendants, concatenated.
         *
         * @return the text content
         */
        public String textContent() {
            StringBuilder sb = new StringBuilder();
            java.util.ArrayDeque<BodyNode> stack = new java.util.ArrayDeque<>();
            stack.push(this);
            while (!stack.isEmpty()) {
                BodyNode n = stack.pop();
                if (n instanceof Text t) {
                    sb.append(t.value());
                } else {
                    List<BodyNode> kids = ((Element) n).children();
                    for (int i = kids.size() - 1; i >= 0; i--) {
                        stack.push(kids.get(i));
                    }
                }
            }
            return sb.toString();
        }
    }
}
