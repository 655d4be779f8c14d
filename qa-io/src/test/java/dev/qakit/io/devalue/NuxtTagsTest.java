package dev.qakit.io.devalue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qakit.io.ReadResult;
import dev.qakit.model.JsonNull;
import dev.qakit.model.Undefined;
import dev.qakit.model.problem.Problem;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class NuxtTagsTest {
    private final DevalueCodec codec = DevalueCodec.builder().tags(NuxtTags.all()).build();

    @Test
    void allHandlersInNuxtsOrder() {
        assertThat(NuxtTags.all()).extracting(TagHandler::name).containsExactly("NuxtError", "EmptyShallowRef", "EmptyRef", "ShallowRef",
                "ShallowReactive", "Ref", "Reactive", "Island", "skipHydrate");
    }

    @Test
    void wrappersStayVisibleAndUnwrap() {
        Object v = codec.decode("[{\"data\":1,\"state\":3},[\"ShallowReactive\",2],{},[\"Reactive\",4],{\"$sx\":5},[\"Ref\",6],[\"Reactive\",7],{\"n\":8},1]",
                "<p>");
        Map<?, ?> root = (Map<?, ?>) v;
        assertThat(root.get("data")).isInstanceOfSatisfying(Tagged.class, t -> assertThat(t.tag()).isEqualTo("ShallowReactive"));
        Map<?, ?> state = (Map<?, ?>) NuxtTags.unwrap(root.get("state"));
        assertThat(NuxtTags.unwrap(state.get("$sx"))).isEqualTo(Map.of("n", 1.0));
        assertThat(NuxtTags.unwrap("plain")).isEqualTo("plain");
        assertThat(NuxtTags.unwrap(new Tagged("skipHydrate", 1.0))).isSameAs(Undefined.INSTANCE);
        assertThat(NuxtTags.unwrap(new Tagged("Island", Map.of()))).isInstanceOf(Tagged.class);
    }

    @Test
    void emptyRefsParseTheirJsonTextAndWriteItBack() {
        String payload = "[[1,3,5,7,9,11],[\"EmptyRef\",2],\"null\",[\"EmptyRef\",4],\"_\",[\"EmptyRef\",6],\"0n\",[\"EmptyShallowRef\",8],\"false\","
                + "[\"EmptyRef\",10],\"0\",[\"EmptyRef\",12],\"\\\"\\\"\"]";
        List<?> refs = (List<?>) codec.decode(payload, "<p>");
        assertThat(refs).extracting(r -> ((Tagged) r).value())
                .containsExactly(JsonNull.INSTANCE, Undefined.INSTANCE, BigInteger.ZERO, false, 0.0, "");
        assertThat(((Tagged) refs.get(3)).tag()).isEqualTo("EmptyShallowRef");
        // slots are numbered depth-first, as devalue numbers them: the payload comes back unchanged
        assertThat(codec.encode(refs)).isEqualTo(payload);
        assertThat(NuxtTags.unwrap(refs.get(0))).isSameAs(JsonNull.INSTANCE);
        // Nuxt revives the operand with destr, which gives back anything but a string as it is
        ReadResult<Object> notText = codec.read("[[\"EmptyRef\",1],[]]", "<p>");
        assertThat(notText.problems()).isEmpty();
        assertThat(((Tagged) notText.value().orElseThrow()).value()).isEqualTo(List.of());
    }

    @Test
    void nuxtErrorIsARecordThatEncodesBack() {
        String payload = "[[\"NuxtError\",1],{\"message\":2,\"statusCode\":3,\"statusMessage\":4,\"data\":5,\"fatal\":7},\"Not found\",404,\"NF\",{\"path\":6},\"/x\",false]";
        NuxtError e = (NuxtError) codec.decode(payload, "<p>");
        assertThat(e.statusCode()).isEqualTo(OptionalInt.of(404));
        assertThat(e.message()).contains("Not found");
        assertThat(e.statusMessage()).contains("NF");
        assertThat(e.data()).contains(Map.of("path", "/x"));
        assertThat(e.extra()).isEqualTo(Map.of("fatal", false));
        assertThat(e.members().keySet()).containsExactly("message", "statusCode", "statusMessage", "data", "fatal");
        assertThat(codec.encode(e)).isEqualTo(payload);
        assertThat(codec.canonicalJson().write(e)).isEqualTo("{\"$type\":\"tag\",\"name\":\"NuxtError\",\"value\":{\"message\":\"Not found\","
                + "\"statusCode\":404,\"statusMessage\":\"NF\",\"data\":{\"path\":\"/x\"},\"fatal\":false}}");
    }

    @Test
    void theExamplePayloadDecodesAndReEncodesToTheSameCanonicalJson() throws Exception {
        java.nio.file.Path file = java.nio.file.Path.of(NuxtTagsTest.class.getResource("/devalue/6.0.3/nuxt-payload-json.json").toURI());
        String payload = Vectors.payload(JsonTree.readObject(file));
        Object v = codec.decode(payload, "<nuxt>");
        String canonical = codec.canonicalJson().write(v);
        assertThat(codec.canonicalJson().write(codec.decode(codec.encode(v), "<again>"))).isEqualTo(canonical);
    }
}
