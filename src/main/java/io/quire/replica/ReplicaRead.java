package io.quire.replica;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read of published content that may be served by the read replica: placed on the outermost
 * transaction of each read (lists, a post, tags, archive, search, feeds, sitemap, sync, the search
 * index build). Imports and admin writes never carry it, so they always go to the primary. See {@link
 * ReplicaReadInterceptor} for when the replica is used.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ReplicaRead {}
