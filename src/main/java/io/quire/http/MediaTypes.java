package io.quire.http;

import java.util.Locale;

/**
 * One spelling per media type, whichever part of the server produced the response: JSON types
 * without a charset (RFC 8259 defines none: JSON is UTF-8), text and XML types with
 * {@code ;charset=utf-8}. Clients that compare Content-Type strings (or cache by them) see the same
 * one from a fresh response, a cached one, a HEAD and an error.
 */
public final class MediaTypes {

    private MediaTypes() {}

    /** The canonical spelling of a Content-Type value; null stays null. */
    public static String canonical(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
        if (isJson(type)) {
            return type;
        }
        if (isText(type)) {
            return type + ";charset=utf-8";
        }
        return contentType;
    }

    /** Whether a body of this type shrinks when compressed: JSON, XML and text. */
    public static boolean compressible(String contentType) {
        String type = canonical(contentType);
        if (type == null) {
            return false;
        }
        int semicolon = type.indexOf(';');
        String bare = semicolon < 0 ? type : type.substring(0, semicolon);
        return isJson(bare) || isText(bare);
    }

    private static boolean isJson(String type) {
        return type.equals("application/json") || type.endsWith("+json");
    }

    private static boolean isText(String type) {
        return type.startsWith("text/")
                || type.equals("application/xml")
                || type.endsWith("+xml")
                || type.equals("application/yaml");
    }
}
