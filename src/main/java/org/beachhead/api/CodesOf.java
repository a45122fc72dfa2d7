package org.beachhead.api;

import org.beachhead.common.Coded;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a query parameter whose values are the codes of a {@link Coded} enum, so the OpenAPI
 * document lists exactly the codes the parser accepts instead of a copy that could drift.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@interface CodesOf {

    Class<? extends Coded> value();
}
