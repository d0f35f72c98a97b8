package vn.culture.lifelong.units.rest;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.culture.lifelong.units.service.UnknownUnitException;

/** Turns every failure into {@code application/problem+json}; no stack trace or class name leaves the service. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String REQUEST_ID = "X-Request-Id";

    @ServerExceptionMapper
    public Response unknownUnit(UnknownUnitException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        return problem(404, "not-found", locale, headers, uri, Messages.get(locale, "unit.not.found", e.code()));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        Response response = problem(401, "unauthenticated", locale, headers, uri,
                Messages.get(locale, "problem.unauthenticated.detail"));
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        return problem(403, "forbidden", locale, headers, uri, Messages.get(locale, "problem.forbidden.detail"));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf(e, "Request %s failed", uri.getPath());
        }
        return problem(status, "http-" + status, Messages.localeOf(headers), headers, uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpHeaders headers, UriInfo uri) {
        LOG.errorf(e, "Request %s failed (request id %s)", uri.getPath(), headers.getHeaderString(REQUEST_ID));
        Locale locale = Messages.localeOf(headers);
        return problem(500, "internal", locale, headers, uri, Messages.get(locale, "problem.internal.detail"));
    }

    private static Response problem(int status, String type, Locale locale, HttpHeaders headers, UriInfo uri,
            String detail) {
        Problem body = new Problem("/problems/" + type, Messages.get(locale, "problem.title." + status), status, detail,
                uri.getPath(), headers.getHeaderString(REQUEST_ID), java.util.List.of());
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
