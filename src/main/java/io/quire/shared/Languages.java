package io.quire.shared;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Language tags as Quire reads them from front matter ({@code lang}, {@code language}, {@code
 * locale}), Hugo file names ({@code post.de.md}) and locale folders ({@code pt-br/}, {@code zh_tw/}):
 * BCP 47 tags written in lower case with {@code -} ({@code pt_BR} is {@code pt-br}).
 *
 * <p>In a file or folder name, only a tag whose language is an ISO 639-1 code counts ({@code
 * post.v2.md}, {@code notes.old.md} are not translations), so that ordinary names are not taken for
 * languages.
 */
public final class Languages {

    /** The language of a post that names none, unless {@code quire.content.default-language} says otherwise. */
    public static final String DEFAULT_LANGUAGE = "en";

    /** Two or three letters, then subtags of 1 to 8 letters or digits: what BCP 47 allows, loosely. */
    private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{1,8}){0,3}");

    /** ISO 639-1: the two-letter language codes. */
    private static final Set<String> ISO_639_1 = Set.of(("aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo"
                    + " br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd"
                    + " gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl"
                    + " km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd"
                    + " ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk"
                    + " sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi"
                    + " vo wa wo xh yi yo za zh zu")
            .split(" "));

    private Languages() {}

    /** The normalised tag ({@code pt_BR} → {@code pt-br}), or null when it is not a language tag. */
    public static String normalize(String tag) {
        if (tag == null) {
            return null;
        }
        String normalized = tag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        return TAG.matcher(normalized).matches() ? normalized : null;
    }

    /**
     * The language a file or folder name stands for ({@code de}, {@code pt-br}, {@code zh_TW}), or null:
     * a language tag whose language is an ISO 639-1 code.
     */
    public static String ofName(String name) {
        String tag = normalize(name);
        if (tag == null) {
            return null;
        }
        int dash = tag.indexOf('-');
        String language = dash < 0 ? tag : tag.substring(0, dash);
        return ISO_639_1.contains(language) ? tag : null;
    }
}
