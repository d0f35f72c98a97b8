package vn.culture.lifelong.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.culture.lifelong.kit.rest.RequestIds;
import vn.culture.lifelong.kit.text.ControlCharacterException;

/**
 * Turns every failure into {@code application/problem+json}, in the caller's language; no stack trace or class
 * name leaves the service. Bad input names the field: a body property ({@code targets[2].values[0].min}), a
 * query or path parameter, or a header.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final Messages messages;

    public ProblemMappers(Messages messages) {
        this.messages = messages;
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return problem(400, "validation", locale, headers, uri, messages.get(locale, "problem.validation.detail"), errors);
    }

    @ServerExceptionMapper
    public Response unreadableJson(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return badJson(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        String message = messages.get(locale, e.messageKey());
        return problem(400, "validation", locale, headers, uri, message, List.of(new Problem.FieldError(e.field(), message)));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        return problem(404, "not-found", locale, headers, uri, messages.get(locale, e.messageKey(), e.code()), List.of());
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, HttpHeaders headers, UriInfo uri) {
        return ruleBroken(409, "conflict", e, headers, uri);
    }

    @ServerExceptionMapper
    public Response businessRule(BusinessRuleException e, HttpHeaders headers, UriInfo uri) {
        return ruleBroken(422, "business-rule", e, headers, uri);
    }

    @ServerExceptionMapper
    public Response rulesBroken(RulesBrokenException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        List<Problem.FieldError> errors = e.violations().stream()
                .map(violation -> new Problem.FieldError(violation.field(),
                        messages.get(locale, violation.messageKey(), violation.arguments().toArray())))
                .toList();
        return problem(422, "business-rule", locale, headers, uri, messages.get(locale, e.detailKey()), errors);
    }

    /**
     * Two changes of one record at once, the other one committed first (JPA's optimistic lock at flush): the caller
     * reads again and retries, as after a stale If-Match.
     */
    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        return problem(409, "concurrent-change", locale, headers, uri, messages.get(locale, "problem.stale-version.detail"),
                List.of());
    }

    @ServerExceptionMapper
    public Response staleVersion(StaleVersionException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        return problem(412, "stale-version", locale, headers, uri, messages.get(locale, "problem.stale-version.detail"),
                List.of());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        Response response = problem(401, "unauthenticated", locale, headers, uri,
                messages.get(locale, "problem.unauthenticated.detail"), List.of());
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        return problem(403, "forbidden", locale, headers, uri, messages.get(locale, "problem.forbidden.detail"), List.of());
    }

    /** What the framework answers itself: 404 (no such path), 405, 406, 415, and JSON it could not read. */
    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return badJson(unreadable, headers, uri);
        }
        // A query parameter that does not convert (QueryParameters), which the framework wraps in a 404.
        if (e.getCause() instanceof InvalidRequestException invalid) {
            return invalidRequest(invalid, headers, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf(e, "Request %s failed", uri.getPath());
        }
        Locale locale = Messages.localeOf(headers);
        return problem(status, "http-" + status, locale, headers, uri, null, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpHeaders headers, UriInfo uri) {
        LOG.errorf(e, "Request %s failed", uri.getPath());
        Locale locale = Messages.localeOf(headers);
        return problem(500, "internal", locale, headers, uri, messages.get(locale, "problem.internal.detail"), List.of());
    }

    private Response badJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping.getPath()) : "";
        String key = e instanceof ControlCharacterException ? "problem.text.control-character"
                : field.isEmpty() ? "problem.json.malformed" : "problem.json.field";
        String message = messages.get(locale, key);
        List<Problem.FieldError> errors = List.of(new Problem.FieldError(field.isEmpty() ? "$" : field, message));
        return problem(400, "validation", locale, headers, uri, message, errors);
    }

    private Response ruleBroken(int status, String type, BusinessRuleException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        String message = messages.get(locale, e.messageKey(), e.arguments());
        return problem(status, type, locale, headers, uri, message, List.of(new Problem.FieldError(e.field(), message)));
    }

    private Response problem(int status, String type, Locale locale, HttpHeaders headers, UriInfo uri, String detail,
            List<Problem.FieldError> errors) {
        Problem body = new Problem("/problems/" + type, messages.get(locale, "problem.title." + status), status, detail,
                uri.getPath(), headers.getHeaderString(RequestIds.HEADER), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /**
     * The request field a violation is about: a body property path with list indexes
     * ({@code targets[2].values[0].min}), or a query/path parameter's name.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        List<Path.Node> properties = nodes.stream()
                .filter(node -> node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.PARAMETER)
                .toList();
        if (properties.isEmpty()) {
            return parameterName(violation, nodes);
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : properties) {
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }

    /**
     * A query, path or header parameter as callers name it (its annotation: {@code q}), not as the method's variable
     * ({@code words}).
     */
    private static String parameterName(ConstraintViolation<?> violation, List<Path.Node> nodes) {
        Path.Node parameter = nodes.get(nodes.size() - 1);
        if (parameter.getKind() == ElementKind.PARAMETER && nodes.get(0).getKind() == ElementKind.METHOD) {
            Path.MethodNode method = nodes.get(0).as(Path.MethodNode.class);
            Class<?>[] types = method.getParameterTypes().toArray(Class<?>[]::new);
            int index = parameter.as(Path.ParameterNode.class).getParameterIndex();
            // The resource may be a subclass the container made (interceptors), whose methods carry no annotations.
            for (Class<?> type = violation.getRootBeanClass(); type != null; type = type.getSuperclass()) {
                try {
                    for (Annotation annotation : type.getDeclaredMethod(method.getName(), types).getParameterAnnotations()[index]) {
                        if (annotation instanceof QueryParam query) {
                            return query.value();
                        }
                        if (annotation instanceof PathParam path) {
                            return path.value();
                        }
                        if (annotation instanceof HeaderParam header) {
                            return header.value();
                        }
                    }
                } catch (NoSuchMethodException e) {
                    // Declared further up.
                }
            }
        }
        return parameter.getName();
    }

    static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
