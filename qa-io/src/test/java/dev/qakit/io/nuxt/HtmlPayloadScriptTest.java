package dev.qakit.io.nuxt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlPayloadScriptTest {

    @Test
    void findsTheScriptById() {
        String html = "<!DOCTYPE html><html><head></head><body><div id=\"__nuxt\"></div>\n"
                + "<script type=\"application/json\" data-nuxt-data=\"nuxt-app\" data-ssr=\"true\" id=\"__NUXT_DATA__\""
                + " data-src=\"/a/_payload.json?_b=x\">[{\"a\":1},\"\\u003C/script>\"]</script></body></html>";
        HtmlPayloadScript.Json s = (HtmlPayloadScript.Json) HtmlPayloadScript.find(html);
        assertThat(s.json()).isEqualTo("[{\"a\":1},\"\\u003C/script>\"]");
        assertThat(s.dataSrc()).isEqualTo("/a/_payload.json?_b=x");
        assertThat(s.ssr()).isTrue();
        assertThat(s.appId()).isEqualTo("nuxt-app");
        assertThat(s.line()).isEqualTo(2);
        assertThat(s.column()).isEqualTo(html.indexOf("[{") - html.indexOf('\n'));
    }

    @Test
    void findsTheScriptByDataNuxtDataWithoutId() {
        String html = "<html><body><script type=\"application/json\" data-nuxt-data=\"app-two\" data-ssr=\"false\">[1]</script>";
        HtmlPayloadScript.Json s = (HtmlPayloadScript.Json) HtmlPayloadScript.find(html);
        assertThat(s.json()).isEqualTo("[1]");
        assertThat(s.ssr()).isFalse();
        assertThat(s.dataSrc()).isNull();
        assertThat(s.appId()).isEqualTo("app-two");
    }

    @Test
    void entitiesInScriptDataAreNotDecoded() {
        String html = "<script type=\"application/json\" id=\"__NUXT_DATA__\">[\"&amp;\"]</script>";
        assertThat(((HtmlPayloadScript.Json) HtmlPayloadScript.find(html)).json()).isEqualTo("[\"&amp;\"]");
    }

    @Test
    void recognisesJavaScriptForms() {
        assertThat(HtmlPayloadScript.find("<script>window.__NUXT__=(function(a){return {}}(1))</script>"))
                .isEqualTo(new HtmlPayloadScript.JavaScript("window.__NUXT__=…", 1, 1));
        assertThat(HtmlPayloadScript.find("<p>x</p>\n<script type=\"module\">import p from \"/a/_payload.js?_b=1\";"
                + "window.__NUXT__={...p}</script>"))
                .isEqualTo(new HtmlPayloadScript.JavaScript("import of a _payload.js module", 2, 1));
        assertThat(HtmlPayloadScript.find("<script>window.__NUXT__={};window.__NUXT__.config={}</script>"))
                .isInstanceOf(HtmlPayloadScript.Missing.class);
        assertThat(HtmlPayloadScript.javaScriptForm("export default {data:{}}")).isEqualTo("export default …");
        assertThat(HtmlPayloadScript.javaScriptForm("__NUXT_JSONP__(\"/\", (function(){}()))")).isEqualTo("__NUXT_JSONP__(…)");
        assertThat(HtmlPayloadScript.javaScriptForm("[{\"data\":1}]")).isNull();
    }
}
