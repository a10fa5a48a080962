package io.quire.web;

/** The thing a request names does not exist (or is not visible): a 404 with a detail that says which. */
public class NotFoundProblem extends RuntimeException {

    public NotFoundProblem(String detail) {
        super(detail, null, false, false);
    }
}
