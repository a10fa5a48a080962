package io.quire.web;

import java.util.List;

/** One or more request parameters have values the API cannot use: a 400 naming each of them. */
public class InvalidParametersException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    public InvalidParametersException(List<Problem.FieldError> errors) {
        super(describe(errors), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public InvalidParametersException(String field, String message) {
        this(List.of(new Problem.FieldError(field, message)));
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    private static String describe(List<Problem.FieldError> errors) {
        StringBuilder detail = new StringBuilder();
        for (Problem.FieldError error : errors) {
            if (!detail.isEmpty()) {
                detail.append("; ");
            }
            detail.append(error.field()).append(": ").append(error.message());
        }
        return detail.toString();
    }
}
