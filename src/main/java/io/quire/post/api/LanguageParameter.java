package io.quire.post.api;

import io.quire.post.domain.LanguageFilter;
import io.quire.shared.Languages;
import io.quire.web.InvalidParametersException;
import io.quire.web.ParameterValue;
import io.quire.web.Problem.FieldError;
import io.quire.web.QueryParameter;
import io.quire.web.QueryReader;
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

    /** {@code lang} where it is declared outside {@link ListParameter}. */
    public static final QueryParameter DECLARED = QueryParameter.single(NAME, DESCRIPTION, ParameterValue.text(null));

    private LanguageParameter() {}

    /** The normalised tag, or null when absent or blank; an error is added for anything else. */
    static String parse(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String tag = Languages.normalize(value);
        if (tag == null) {
            errors.add(new FieldError(
                    NAME, "must be a language tag such as en, de or pt-BR, was " + QueryReader.quoted(value)));
        }
        return tag;
    }

    /**
     * The request's {@code lang}, normalised, or null; an error in {@code reader} when it is not a
     * language tag or is given twice.
     */
    public static String read(QueryReader reader) {
        List<String> values = reader.values(DECLARED);
        if (values.isEmpty()) {
            return null;
        }
        reader.onlyOnce(DECLARED);
        List<FieldError> errors = new ArrayList<>();
        String tag = parse(values.get(0), errors);
        reader.rejectAll(errors);
        return tag;
    }

    /**
     * The language filter of an endpoint whose only query parameter it reads is {@code lang}.
     *
     * @throws InvalidParametersException when it is not a language tag or is given twice
     */
    public static LanguageFilter onlyParameter(UriInfo uri) {
        QueryReader reader = QueryReader.of(uri);
        LanguageFilter language = LanguageFilter.of(read(reader));
        reader.done();
        return language;
    }
}
