package dev.qakit.io.devalue;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JavaScript object without a prototype ({@code Object.create(null)}), written by devalue as
 * {@code ["null", key, value, ...]}. Nuxt uses one for the query of an error page.
 *
 * <p>Its members live in a mutable, insertion-ordered map, so that a decoder can create the
 * object before its members (a member may refer back to it). Not thread-safe. Equality is
 * identity.
 */
public final class NullProtoObject {
    private final LinkedHashMap<String, Object> members;

    /** Creates an object with no members. */
    public NullProtoObject() {
        this.members = new LinkedHashMap<>();
    }

    /**
     * Creates an object with a copy of the given members, in their iteration order.
     *
     * @param members the members
     */
    public NullProtoObject(Map<String, ?> members) {
        this.members = new LinkedHashMap<>(members);
    }

    /**
     * The members, in payload order.
     *
     * @return the live, mutable map
     */
    public Map<String, Object> members() {
        return members;
    }

    /**
     * The member names, never the values (they may be cyclic).
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "NullProtoObject" + members.keySet();
    }
}
