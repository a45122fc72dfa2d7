package org.beachhead.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller whose answers {@link ConditionalRequests} must neither keep nor validate: they depend on who asks
 * (an editor's workbench, a form with its own CSRF token) or change without a corpus import (readers' reports).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NotCached {
}
