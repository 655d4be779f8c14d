package dev.qakit.validate.internal;

import dev.qakit.model.internal.JsonStrings;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer with two-space indentation and deterministic output: the layout of
 * {@code JSON.stringify(value, null, 2)}, strings as {@code JSON.stringify} writes them.
 */
public final class JsonWriter {
    private final Appendable out;
    /** Per open container: whether it has a member yet. */
    private final Deque<boolean[]> stack = new ArrayDeque<>();
    private boolean afterName;

    /**
     * A writer to an appendable.
     *
     * @param out where the JSON goes
     */
    public JsonWriter(Appendable out) {
        this.out = out;
    }

    /**
     * Opens an object.
     *
     * @return this writer
     * @throws IOException if writing fails
     */
    public JsonWriter beginObject() throws IOException {
        raw("{");
        stack.push(new boolean[1]);
        return this;
    }

    /**
     * Closes an object.
     *
     * @return this writer
     * @throws IOException if writing fails
     */
    public JsonWriter endObject() throws IOException {
        return close('}');
    }

    /**
     * Opens an array.
     *
     * @return this writer
     * @throws IOException if writing fails
     */
    public JsonWriter beginArray() throws IOException {
        raw("[");
        stack.push(new boolean[1]);
        return this;
    }

    /**
     * Closes an array.
     *
     * @return this writer
     * @throws IOException if writing fails
     */
    public JsonWriter endArray() throws IOException {
        return close(']');
    }

    /**
     * Writes a member name.
     *
     * @param name the name
     * @return this writer
     * @throws IOException if writing fails
     */
    public JsonWriter name(String name) throws IOException {
        separate();
        string(name);
        out.append(": ");
        afterName = true;
        return this;
    }

    /**
     * Writes a string value.
     *
     * @param value the value
     * @return this writer
     * @throws IOException if writing fails
     */
    public JsonWriter value(String value) throws IOException {
        prefix();
        string(value);
        return this;
    }

    /**
     * Writes a number value.
     *
     * @param value the value
     * @return this writer
     * @throws IOException if writing fails
     */
    public JsonWriter value(long value) throws IOException {
        raw(Long.toString(value));
        return this;
    }

    /**
     * Writes {@code true} or {@code false}.
     *
     * @param value the value
     * @return this writer
     * @throws IOException if writing fails
     */
    public JsonWriter value(boolean value) throws IOException {
        raw(Boolean.toString(value));
        return this;
    }

    /**
     * Writes {@code null}.
     *
     * @return this writer
     * @throws IOException if writing fails
     */
    public JsonWriter nullValue() throws IOException {
        raw("null");
        return this;
    }

    /**
     * Writes a member with a string value.
     *
     * @param name the name
     * @param value the value
     * @return this writer
     * @throws IOException if writing fails
     */
    public JsonWriter member(String name, String value) throws IOException {
        return name(name).stringValue(value);
    }

    /**
     * Writes a member with a number value.
     *
     * @param name the name
     * @param value the value
     * @return this writer
     * @throws IOException if writing fails
     */
    public JsonWriter member(String name, long value) throws IOException {
        return name(name).value(value);
    }

    /**
     * Writes a string value, even one spelled like a bracket.
     *
     * @param value the value
     * @return this writer
     * @throws IOException if writing fails
     */
    public JsonWriter stringValue(String value) throws IOException {
        prefix();
        string(value);
        return this;
    }

    /**
     * Ends the document with a newline.
     *
     * @throws IOException if writing fails
     */
    public void finish() throws IOException {
        out.append('\n');
    }

    private void raw(String text) throws IOException {
        prefix();
        out.append(text);
    }

    private void prefix() throws IOException {
        if (afterName) {
            afterName = false;
        } else if (!stack.isEmpty()) {
            separate();
        }
    }

    private void separate() throws IOException {
        boolean[] top = stack.peek();
        if (top != null) {
            if (top[0]) {
                out.append(',');
            }
            top[0] = true;
            newline(stack.size());
        }
    }

    private JsonWriter close(char c) throws IOException {
        boolean[] top = stack.pop();
        if (top[0]) {
            newline(stack.size());
        }
        out.append(c);
        return this;
    }

    private void newline(int depth) throws IOException {
        out.append('\n');
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }

    private void string(String s) throws IOException {
        JsonStrings.write(s, out);
    }
}
