package io.quire.web;

/** Client text (tags, queries, keys) never legitimately holds C0 controls, and databases reject NUL. */
public final class ControlCharacters {

    private ControlCharacters() {}

    public static boolean in(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t') {
                return true;
            }
        }
        return false;
    }
}
