package org.beachhead.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.beachhead.common.Coded;
import org.beachhead.common.QueryParameters.PageSize;
import org.beachhead.common.QueryParameters.Slugs;
import org.beachhead.web.SiteUrl;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springdoc.core.customizers.ServerBaseUrlCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** The API's strict parameters and its OpenAPI document (served at /v3/api-docs, shown at /swagger-ui.html). */
@Configuration
class ApiConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // First, so that a request with an unknown parameter is refused before anything acts on its parameters.
        registry.addInterceptor(new DeclaredParametersOnly()).addPathPatterns(Section.API + "/**")
                .order(Ordered.HIGHEST_PRECEDENCE);
    }

    @Bean
    OpenAPI beachheadOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Beachhead API")
                .version("v1")
                .description("Netflix's efforts to enter China, as open data: events, partners, deals, titles, "
                        + "regulators, people and the source articles, each claim backed by verbatim excerpts. "
                        + "Every item's id is its slug. Errors are RFC 9457 problem details. See docs/api.md."));
    }

    /** The API's records described as Jackson writes them (see {@link RecordSchemas}). */
    @Bean
    RecordSchemas recordSchemas() {
        return new RecordSchemas();
    }

    /**
     * The 404 of {@link ApiProblems} applies to every operation it advises, but only an operation that reads
     * a slug from its path can answer it: the lists do not document it.
     */
    @Bean
    OperationCustomizer notFoundOnlyForSlugs() {
        return (operation, handler) -> {
            boolean readsSlug = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(parameter -> parameter.hasParameterAnnotation(PathVariable.class));
            if (!readsSlug && operation.getResponses() != null) {
                operation.getResponses().remove("404");
            }
            return operation;
        };
    }

    /**
     * What the web layer answers for every operation without the controllers' knowing: validators on each 200
     * and a 304 when the client has them (web.ConditionalRequests), and a bodiless 406 when the Accept header
     * allows no JSON (Spring MVC's content negotiation).
     */
    @Bean
    OperationCustomizer conditionalAndNegotiatedAnswers() {
        return (operation, handler) -> {
            ApiResponses responses = operation.getResponses();
            ApiResponse ok = responses.get("200");
            if (ok != null) {
                ok.addHeaderObject("ETag", header("A strong tag of this answer: send it in If-None-Match to revalidate"));
                ok.addHeaderObject("Last-Modified", header("When the corpus this answer is read from was imported"));
            }
            responses.addApiResponse("304", new ApiResponse()
                    .description("Not modified, no body: If-None-Match named this answer's ETag, or "
                            + "If-Modified-Since is not older than its Last-Modified")
                    .addHeaderObject("ETag", header("The tag the client already has")));
            responses.addApiResponse("406", new ApiResponse()
                    .description("Not acceptable, no body: the Accept header allows no application/json")
                    .addHeaderObject("Accept", header("The media types this operation can answer with")));
            return operation;
        };
    }

    private static Header header(String description) {
        return new Header().description(description).schema(new StringSchema());
    }

    /** The document's {@code servers} entry names the canonical base URL, whatever Host the request carried. */
    @Bean
    ServerBaseUrlCustomizer canonicalServerUrl(SiteUrl siteUrl) {
        return (fromRequest, request) -> siteUrl.base();
    }

    /** Lists the codes a {@link CodesOf} parameter accepts, read from the enum the parser reads them with. */
    @Bean
    ParameterCustomizer codedParameterValues() {
        return (parameter, methodParameter) -> {
            CodesOf codes = methodParameter.getParameterAnnotation(CodesOf.class);
            if (parameter == null || codes == null) {
                return parameter;
            }
            List<String> values = Arrays.stream(codes.value().getEnumConstants()).map(Coded::code).toList();
            Schema<?> items = new StringSchema()._enum(values);
            return parameter.schema(new ArraySchema().items(items));
        };
    }

    /**
     * Slugs are an array of strings, as the parameter is read (repeated or comma-separated); left to itself,
     * springdoc sometimes calls a type that a converter reads from a string a string.
     */
    @Bean
    ParameterCustomizer slugParameters() {
        return (parameter, methodParameter) -> parameter == null || methodParameter.getParameterType() != Slugs.class
                ? parameter : parameter.schema(new ArraySchema().items(new StringSchema()));
    }

    /** Describes a {@link PagingParameter}: the page number from 1, or the page size within {@link PageSize}'s limits. */
    @Bean
    ParameterCustomizer pagingParameters() {
        return (parameter, methodParameter) -> {
            if (parameter == null || !methodParameter.hasParameterAnnotation(PagingParameter.class)) {
                return parameter;
            }
            IntegerSchema schema = new IntegerSchema();
            schema.minimum(BigDecimal.ONE);
            if ("page".equals(parameter.getName())) {
                schema.setDefault(1);
                return parameter.description("Page number, from 1").schema(schema);
            }
            schema.maximum(BigDecimal.valueOf(PageSize.MAX));
            schema.setDefault(PageSize.DEFAULT);
            return parameter.description("Items per page, at most " + PageSize.MAX).schema(schema);
        };
    }
}
