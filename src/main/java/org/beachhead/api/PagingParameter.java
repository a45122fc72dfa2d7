package org.beachhead.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a list's {@code page} or {@code size} query parameter, so the OpenAPI document describes both
 * once, with {@link org.beachhead.common.QueryParameters.PageSize}'s own limits, for every paged list.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@interface PagingParameter {
}
