package io.quire.web;

/**
 * A resource whose paths take {@code POST} besides the reads, which the API otherwise is: {@link
 * ProblemMapper} asks each for the {@code Allow} header of a 405, so the shared layer names no
 * feature's path.
 */
public interface PostRoute {

    /** Whether {@code POST} is allowed on this raw request path. */
    boolean acceptsPost(String rawPath);
}
