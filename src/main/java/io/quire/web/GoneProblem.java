package io.quire.web;

/** What the request names existed once but is gone for good: a 410 that tells the client what to do. */
public class GoneProblem extends RuntimeException {

    public GoneProblem(String detail) {
        super(detail, null, false, false);
    }
}
