package io.quire.http;

import java.util.Locale;

/** Whether an {@code Accept} header (RFC 9110 media ranges with weights) admits a media type. */
final class MediaRanges {

    private MediaRanges() {}

    /**
     * @param accept the header, or null (which admits everything)
     * @param contentType a media type, parameters allowed ({@code application/json;charset=UTF-8})
     */
    static boolean admit(String accept, String contentType) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        String type = essence(contentType);
        String major = type.contains("/") ? type.substring(0, type.indexOf('/')) : type;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String media = essence(parts[0]);
            if (!(media.equals("*/*") || media.equals(major + "/*") || media.equals(type))) {
                continue;
            }
            if (weight(parts) > 0) {
                return true;
            }
        }
        return false;
    }

    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                try {
                    return Double.parseDouble(parameter.substring(2).strip());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    private static String essence(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
    }
}
