package dev.qakit.render;

import dev.qakit.model.PageData;

/** Opens {@link XssVectors} to tests in other packages. */
public final class XssVectorsAccess {
    private XssVectorsAccess() {
    }

    /** The page carrying every XSS vector. */
    public static PageData page() {
        return XssVectors.page();
    }
}
