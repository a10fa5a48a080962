package io.quire.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource class whose URLs are handed to other programs that may add parameters of their own
 * (feed readers and newsletters add {@code utm_source}; crawlers fetch the sitemap; pages, image CDNs
 * and cache busters add theirs to asset URLs): its endpoints ignore query parameters they do not
 * declare instead of answering 400, and for its fixed paths the response cache leaves those
 * parameters out of its key (a path with path parameters keeps the whole query in the key: correct,
 * only shared less). Its responses must depend on declared parameters only.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface IgnoresUnknownParameters {}
