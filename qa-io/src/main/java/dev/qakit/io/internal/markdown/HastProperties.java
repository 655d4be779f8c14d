package dev.qakit.io.internal.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Attributes;

/**
 * HTML attributes as hast properties (property-information's HTML schema, as rehype-raw applies
 * it): {@code class} → a {@code className} list, {@code for} → {@code htmlFor},
 * {@code data-*}/{@code aria-*} and the camel-case names ({@code frameborder} →
 * {@code frameBorder}), boolean attributes → {@code true}, numeric ones → numbers.
 */
final class HastProperties {
    /** Attributes whose property name is not the attribute name lower-cased. */
    private static final Map<String, String> CAMEL = Map.ofEntries(
            Map.entry("accept-charset", "acceptCharset"), Map.entry("accesskey", "accessKey"),
            Map.entry("allowfullscreen", "allowFullScreen"), Map.entry("autocapitalize", "autoCapitalize"),
            Map.entry("autocomplete", "autoComplete"), Map.entry("autofocus", "autoFocus"), Map.entry("autoplay", "autoPlay"),
            Map.entry("charset", "charSet"), Map.entry("colspan", "colSpan"), Map.entry("contenteditable", "contentEditable"),
            Map.entry("crossorigin", "crossOrigin"), Map.entry("datetime", "dateTime"), Map.entry("enctype", "encType"),
            Map.entry("enterkeyhint", "enterKeyHint"), Map.entry("fetchpriority", "fetchPriority"),
            Map.entry("formaction", "formAction"), Map.entry("formnovalidate", "formNoValidate"), Map.entry("frameborder", "frameBorder"),
            Map.entry("hreflang", "hrefLang"), Map.entry("http-equiv", "httpEquiv"), Map.entry("inputmode", "inputMode"),
            Map.entry("ismap", "isMap"), Map.entry("itemprop", "itemProp"), Map.entry("itemscope", "itemScope"),
            Map.entry("itemtype", "itemType"), Map.entry("marginheight", "marginHeight"), Map.entry("marginwidth", "marginWidth"),
            Map.entry("maxlength", "maxLength"), Map.entry("minlength", "minLength"), Map.entry("nomodule", "noModule"),
            Map.entry("novalidate", "noValidate"), Map.entry("playsinline", "playsInline"), Map.entry("readonly", "readOnly"),
            Map.entry("referrerpolicy", "referrerPolicy"), Map.entry("rowspan", "rowSpan"), Map.entry("spellcheck", "spellCheck"),
            Map.entry("srcdoc", "srcDoc"), Map.entry("srclang", "srcLang"), Map.entry("srcset", "srcSet"),
            Map.entry("tabindex", "tabIndex"), Map.entry("usemap", "useMap"), Map.entry("cellpadding", "cellPadding"),
            Map.entry("cellspacing", "cellSpacing"), Map.entry("valign", "vAlign"), Map.entry("bgcolor", "bgColor"));
    /** Boolean attributes: present means {@code true}. */
    private static final Set<String> BOOLEAN = Set.of("allowfullscreen", "async", "autofocus", "autoplay", "checked", "controls",
            "default", "defer", "disabled", "formnovalidate", "hidden", "inert", "ismap", "itemscope", "loop", "multiple", "muted",
            "nomodule", "novalidate", "open", "playsinline", "readonly", "required", "reversed", "selected");
    /** Attributes that hold a boolean or a string (property-information's overloaded booleans). */
    private static final Set<String> OVERLOADED_BOOLEAN = Set.of("download", "hidden");
    /** Attributes held as numbers. */
    private static final Set<String> NUMERIC = Set.of("width", "height", "cols", "rows", "colspan", "rowspan", "size", "span",
            "start", "tabindex", "maxlength", "minlength", "high", "low", "optimum", "border", "hspace", "vspace", "marginheight",
            "marginwidth", "cellpadding", "cellspacing");

    private HastProperties() {
    }

    /** The properties of a parsed HTML element's attributes. */
    static Map<String, Object> of(Attributes attributes) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (Attribute a : attributes) {
            put(props, a.getKey(), a.getValue());
        }
        return props;
    }

    /** Adds one HTML attribute as its property. */
    static void put(Map<String, Object> props, String attribute, String value) {
        String name = attribute.toLowerCase(Locale.ROOT);
        if (name.equals("class")) {
            props.put("className", classes(value));
        } else if (BOOLEAN.contains(name)) {
            props.put(propertyName(name), true);
        } else if (NUMERIC.contains(name) && isNumber(value)) {
            props.put(propertyName(name), number(value));
        } else {
            props.put(propertyName(attribute), value);
        }
    }

    /**
     * What a block component's attribute written with an empty value ({@code name=""}) becomes
     * once rehype-raw has taken the element through HTML: a boolean attribute's empty value is
     * false, so the attribute is dropped; an overloaded boolean's ({@code hidden},
     * {@code download}) is {@code true}; any other stays {@code ""}.
     *
     * @param attribute the attribute's name
     * @return {@link Boolean#TRUE}, {@code ""}, or null when the attribute is dropped
     */
    static @Nullable Object emptyValue(String attribute) {
        String name = attribute.toLowerCase(Locale.ROOT);
        if (OVERLOADED_BOOLEAN.contains(name)) {
            return Boolean.TRUE;
        }
        return BOOLEAN.contains(name) ? null : "";
    }

    /**
     * Whether an attribute holds a boolean or a string ({@code hidden}, {@code download}): its
     * {@code true} is written {@code name=""} on a component, since a bare name there is a bound
     * {@code true}.
     */
    static boolean isOverloadedBoolean(String attribute) {
        return OVERLOADED_BOOLEAN.contains(attribute.toLowerCase(Locale.ROOT));
    }

    /** Whether a bare MDC attribute survives rehype-raw as a {@code true} property: a boolean one with a camel-case property. */
    static String camelBoolean(String attribute) {
        String name = attribute.toLowerCase(Locale.ROOT);
        return BOOLEAN.contains(name) ? CAMEL.get(name) : null;
    }

    static List<String> classes(String value) {
        List<String> out = new ArrayList<>();
        for (String c : value.split("[ \\t\\n\\r\\f]+")) {
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    /** The hast property name of an attribute. */
    static String propertyName(String attribute) {
        String lower = attribute.toLowerCase(Locale.ROOT);
        if (lower.equals("for")) {
            return "htmlFor";
        }
        String camel = CAMEL.get(lower);
        if (camel != null) {
            return camel;
        }
        if (!lower.startsWith("data-") && !lower.startsWith("aria-")) {
            return attribute;
        }
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (int i = 0; i < attribute.length(); i++) {
            char c = attribute.charAt(i);
            if (c == '-') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    static boolean isNumber(String s) {
        return s.matches("\\s*[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?\\s*");
    }

    static Object number(String s) {
        double d = Double.parseDouble(s.strip());
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            long l = (long) d;
            return l == (int) l ? (Object) (int) l : (Object) l;
        }
        return d;
    }
}
