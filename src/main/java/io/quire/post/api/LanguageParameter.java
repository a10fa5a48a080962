package io.quire.post.api;

import io.quire.shared.Languages;
import io.quire.web.InvalidParametersException;
import io.quire.web.Problem.FieldError;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ?lang=}: how every endpoint that takes it reads it ({@link ListParameter#LANG} describes it
 * for the lists; a single post, tags, the archive and the sitemap take the same). A BCP 47 tag in any
 * case, with {@code _} or {@code -}, normalised ({@code pt_BR} is {@code pt-br}); blank is no filter.
 */
public final class LanguageParameter {

    public static final String NAME = "lang";

    /** The description of the parameter where it is declared outside {@link ListParameter}. */
    public static final String DESCRIPTION = "Only posts in this language (a BCP 47 tag, any case, `_` or `-`):"
            + " `de`, `pt-BR`; a language takes its regions and scripts (`pt` takes `pt-br`). Not a language tag"
            + " is a 400.";

    private LanguageParameter() {}

    /** The normalised tag, or null when absent or blank; an error is added for anything else. */
    static String parse(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String tag = Languages.normalize(value);
        if (tag == null) {
            String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
            errors.add(new FieldError(NAME, "must be a language tag such as en, de or pt-BR, was '" + shown + "'"));
        }
        return tag;
    }

    /**
     * The request's {@code lang}, normalised, or null.
     *
     * @throws InvalidParametersException when it is not a language tag or is given twice
     */
    public static String of(UriInfo uri) {
        List<String> values = uri.getQueryParameters().get(NAME);
        if (values == null || values.isEmpty()) {
            return null;
        }
        List<FieldError> errors = new ArrayList<>();
        if (values.size() > 1) {
            errors.add(new FieldError(NAME, "must be given at most once"));
        }
        String tag = parse(values.get(0), errors);
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        return tag;
    }
}
