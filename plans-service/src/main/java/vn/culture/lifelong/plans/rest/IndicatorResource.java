package vn.culture.lifelong.plans.rest;

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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.culture.lifelong.plans.domain.Indicator;
import vn.culture.lifelong.plans.domain.Sector;
import vn.culture.lifelong.plans.service.IndicatorService;

@Path("/api/plans/indicators")
@Tag(name = "Indicators", description = "The catalogue of indicators (chỉ tiêu) targets are set on")
@SecurityRequirement(name = "keycloak")
@Authenticated
public class IndicatorResource {

    private final IndicatorService indicators;
    private final PageRequest.Factory pages;
    private final IdempotentRequests idempotentRequests;

    public IndicatorResource(IndicatorService indicators, PageRequest.Factory pages, IdempotentRequests idempotentRequests) {
        this.indicators = indicators;
        this.pages = pages;
        this.idempotentRequests = idempotentRequests;
    }

    @GET
    @Operation(summary = "List indicators, optionally of one sector")
    public PageResponse<IndicatorResponse> list(@QueryParam("sector") Sector sector,
            @QueryParam("page") @Min(0) Integer page, @QueryParam("size") @Min(1) @Max(10_000) Integer size) {
        return PageResponse.of(indicators.list(Optional.ofNullable(sector)), pages.of(page, size), IndicatorResponse::of);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Read one indicator; its ETag is its version")
    @APIResponse(responseCode = "404", description = "No such indicator")
    public Response get(@PathParam("code") String code) {
        Indicator indicator = indicators.get(code);
        return Response.ok(IndicatorResponse.of(indicator)).tag(etag(indicator)).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add an indicator (admins)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "The code is taken")
    @APIResponse(responseCode = "422", description = "The aggregation does not fit the value type")
    public Response create(@NotNull @Valid IndicatorRequest request, @Context UriInfo uri,
            @Parameter(description = "Any unique value; a retry with the same key creates nothing twice")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        Indicator indicator = indicators.create(request.toDraft(), idempotentRequests.of(idempotencyKey, request));
        return Response.created(uri.getAbsolutePathBuilder().path(indicator.code).build())
                .entity(IndicatorResponse.of(indicator)).tag(etag(indicator)).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change an indicator (admins); If-Match guards against lost updates")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = "The aggregation does not fit the value type")
    public Response update(@PathParam("code") String code, @NotNull @Valid IndicatorRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Indicator indicator = indicators.update(code, request.toDraft(), VersionTags.parse(ifMatch));
        return Response.ok(IndicatorResponse.of(indicator)).tag(etag(indicator)).build();
    }

    private static EntityTag etag(Indicator indicator) {
        return new EntityTag(Long.toString(indicator.version));
    }
}
