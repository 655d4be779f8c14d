package dev.qakit.io.internal.nuxt;

import java.util.Set;

/**
 * The folders {@code nuxt generate} writes beside the pages that hold no page of their own: the
 * client bundle and the island and content-query responses. The site reader and the front
 * door's walk both pass over them.
 */
public final class GeneratedFolders {
    private static final Set<String> NAMES = Set.of("_nuxt", "__nuxt_island", "__nuxt_content");

    private GeneratedFolders() {
    }

    /**
     * Whether a folder of this name is one of Nuxt's generated non-page folders.
     *
     * @param name the folder's name
     * @return true for {@code _nuxt}, {@code __nuxt_island} and {@code __nuxt_content}
     */
    public static boolean contains(String name) {
        return NAMES.contains(name);
    }
}
