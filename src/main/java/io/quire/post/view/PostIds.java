package io.quire.post.view;

/**
 * A post's public id as the API shows it, and how the OpenAPI document describes it. JSON has both kinds: integers (generated, or {@code
 * id: 2} in front matter) and strings ({@code id: "intro"}, or {@code id: "2"}, which stays a string).
 * One schema without a type says so truthfully in every OpenAPI version: a {@code string} type would
 * lie about the integers, and {@code oneOf} integer/string makes generated clients wrap the id in a
 * class that cannot tell 2 from "2" (openapi-generator's Java oneOf matches a number as both).
 */
public final class PostIds {

    /** The component schema's name; its definition is added by {@code io.quire.web.openapi.RecordSchemas}. */
    public static final String SCHEMA = "PostId";

    public static final String DESCRIPTION = "A post's id: an integer (generated from the file's path, below 2^53,"
            + " or a front matter integer) or a string (a front matter string; `id: \"2\"` stays the string \"2\")."
            + " Clients should keep it as it comes and compare it by JSON type and value.";

    private PostIds() {}

    /**
     * A stored public id as the API gives it: the JSON number of a numeric id (generated, or an integer
     * in front matter), else the string. The database keeps every id as text with a flag for its type.
     */
    public static Object json(String publicId, boolean numeric) {
        return numeric ? (Object) Long.valueOf(publicId) : publicId;
    }
}
