package org.beachhead.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beachhead.common.BadParameterException;
import org.beachhead.common.QueryParameters;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rejects any query parameter an endpoint does not declare with {@link RequestParam}, so a typo such
 * as {@code sise=10} is a 400 naming it rather than a silently unfiltered answer. The declarations
 * are the handler's own, the same ones the OpenAPI document lists, so the two cannot disagree.
 */
class DeclaredParametersOnly implements HandlerInterceptor {

    private final Map<Method, List<String>> declared = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            List<String> names = declared.computeIfAbsent(method.getMethod(), key -> declaredNames(method));
            for (String parameter : request.getParameterMap().keySet()) {
                if (!names.contains(parameter)) {
                    String name = QueryParameters.abbreviated(parameter);
                    throw names.isEmpty() ? new BadParameterException(name, "error.parameter.none")
                            : new BadParameterException(name, "error.parameter.unknown", String.join(", ", names));
                }
            }
        }
        return true;
    }

    private static List<String> declaredNames(HandlerMethod method) {
        return Arrays.stream(method.getMethodParameters())
                .map(parameter -> parameter.getParameterAnnotation(RequestParam.class))
                .filter(Objects::nonNull)
                .map(RequestParam::name)
                .toList();
    }
}
