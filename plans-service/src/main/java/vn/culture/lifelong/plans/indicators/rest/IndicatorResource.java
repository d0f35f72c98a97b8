package vn.culture.lifelong.plans.indicators.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.culture.lifelong.kit.idempotency.IdempotentRequests;
import vn.culture.lifelong.kit.rest.ApiDocumentation;
import vn.culture.lifelong.kit.rest.ExpectedVersion;
import vn.culture.lifelong.kit.rest.PageResponse;
import vn.culture.lifelong.kit.rest.Pages;
import vn.culture.lifelong.kit.security.Roles;
import vn.culture.lifelong.plans.indicators.domain.Indicator;
import vn.culture.lifelong.plans.indicators.domain.Sector;
import vn.culture.lifelong.plans.indicators.service.IndicatorService;

@Path("/api/plans/indicators")
@Tag(name = "Indicators", description = "The catalogue of indicators (chỉ tiêu) targets are set on")
@SecurityRequirement(name = ApiDocumentation.SECURITY_SCHEME)
@Authenticated
public class IndicatorResource {

    private final IndicatorService indicators;
    private final Pages pages;
    private final IdempotentRequests idempotentRequests;

    public IndicatorResource(IndicatorService indicators, Pages pages, IdempotentRequests idempotentRequests) {
        this.indicators = indicators;
        this.pages = pages;
        this.idempotentRequests = idempotentRequests;
    }

    @GET
    @Operation(summary = "List indicators, optionally of one sector")
    @APIResponse(responseCode = "200", description = "A page of indicators")
    @APIResponse(responseCode = "400", description = "A parameter is malformed")
    public PageResponse<IndicatorResponse> listIndicators(@QueryParam("sector") Sector sector,
            @QueryParam("page") @Min(0) Integer page, @QueryParam("size") @Min(1) @Max(10_000) Integer size) {
        return PageResponse.of(indicators.list(Optional.ofNullable(sector)), pages.of(page, size), IndicatorResponse::of);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Read one indicator; its ETag is its version")
    @APIResponseSchema(value = IndicatorResponse.class, responseDescription = "The indicator")
    @APIResponse(responseCode = "404", description = "No such indicator")
    public Response getIndicator(@PathParam("code") String code) {
        return answer(indicators.get(code), Response.ok());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add an indicator (admins)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IndicatorResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed")
    @APIResponse(responseCode = "409", description = "The code is taken")
    @APIResponse(responseCode = "422", description = "The aggregation does not fit the value type")
    public Response createIndicator(@NotNull @Valid IndicatorRequest request, @Context UriInfo uri,
            @Parameter(description = "Any unique value; a retry with the same key creates nothing twice")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        Indicator indicator = indicators.create(request.toDraft(), idempotentRequests.of(idempotencyKey, request));
        return answer(indicator, Response.created(uri.getAbsolutePathBuilder().path(indicator.code).build()));
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change an indicator (admins); If-Match guards against lost updates")
    @APIResponseSchema(value = IndicatorResponse.class, responseDescription = "Updated")
    @APIResponse(responseCode = "400", description = "A field or If-Match is malformed")
    @APIResponse(responseCode = "404", description = "No such indicator")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = "The aggregation does not fit the value type")
    public Response updateIndicator(@PathParam("code") String code, @NotNull @Valid IndicatorRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(indicators.update(code, request.toDraft(), ExpectedVersion.fromIfMatch(ifMatch)), Response.ok());
    }

    private static Response answer(Indicator indicator, Response.ResponseBuilder response) {
        return response.entity(IndicatorResponse.of(indicator)).tag(ExpectedVersion.etag(indicator.version)).build();
    }
}
