package io.quire.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource class whose URLs are handed to other programs that may add parameters of their own
 * (feed readers and newsletters add {@code utm_source}; crawlers fetch the sitemap): its endpoints
 * ignore query parameters they do not declare instead of answering 400, and the response cache leaves
 * those parameters out of its key. Its responses must depend on declared parameters only, and its
 * paths must be fixed (no path parameters).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface IgnoresUnknownParameters {}
