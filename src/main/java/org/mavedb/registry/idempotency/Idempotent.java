package org.mavedb.registry.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a state-changing resource method (returning a {@link jakarta.ws.rs.core.Response}) as
 * honouring the {@code Idempotency-Key} header (API.md §4). {@link IdempotencyInterceptor} does all
 * of the work; the method itself contains no idempotency code.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {
}
