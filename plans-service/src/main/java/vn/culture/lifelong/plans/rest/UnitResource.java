package vn.culture.lifelong.plans.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.culture.lifelong.plans.domain.Unit;
import vn.culture.lifelong.plans.service.ReferenceUnitsImporter;
import vn.culture.lifelong.plans.service.UnitBulkImporter;
import vn.culture.lifelong.plans.service.UnitService;

@Path("/api/plans/units")
@Tag(name = "Units", description = "Organisations and their hierarchy")
@SecurityRequirement(name = "keycloak")
@Authenticated
public class UnitResource {

    private final UnitService units;
    private final PageRequest.Factory pages;
    private final ReferenceUnitsImporter importer;
    private final UnitBulkImporter bulkImporter;
    private final IdempotentRequests idempotentRequests;

    public UnitResource(UnitService units, PageRequest.Factory pages, ReferenceUnitsImporter importer,
            UnitBulkImporter bulkImporter, IdempotentRequests idempotentRequests) {
        this.units = units;
        this.pages = pages;
        this.importer = importer;
        this.bulkImporter = bulkImporter;
        this.idempotentRequests = idempotentRequests;
    }

    @GET
    @Operation(summary = "List units: optionally those directly under one parent, or those matching a search")
    public PageResponse<UnitResponse> list(
            @QueryParam("parent") @Pattern(regexp = UnitRequest.CODE_PATTERN) String parent,
            @Parameter(description = "Words to find in the code or name, diacritics and case ignored", example = "dong dang")
            @QueryParam("q") @Size(max = 100) String q,
            @Parameter(description = "Units existing on this day (default today)", example = "2020-01-01")
            @QueryParam("on") LocalDate on,
            @QueryParam("page") @Min(0) Integer page,
            @QueryParam("size") @Min(1) @Max(10_000) Integer size) {
        return PageResponse.of(units.list(Optional.ofNullable(parent), Optional.ofNullable(q), dayOrToday(on)),
                pages.of(page, size), UnitResponse::of);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Read one unit: the one bearing the code today (or, if closed, the last one that did), or on a given day; its ETag is its version")
    @APIResponse(responseCode = "200", description = "The unit")
    @APIResponse(responseCode = "404", description = "No such unit")
    public Response get(@PathParam("code") String code,
            @Parameter(description = "The unit that bore this code on this day", example = "2020-01-01")
            @QueryParam("on") LocalDate on) {
        Unit unit = on == null ? units.get(code) : units.get(code, on);
        return Response.ok(UnitResponse.of(unit)).tag(etag(unit)).build();
    }

    @GET
    @Path("/{code}/children")
    @Operation(summary = "Units directly under this one")
    public PageResponse<UnitResponse> children(@PathParam("code") String code, @QueryParam("on") LocalDate on,
            @QueryParam("page") @Min(0) Integer page, @QueryParam("size") @Min(1) @Max(10_000) Integer size) {
        return PageResponse.of(units.children(code, dayOrToday(on)), pages.of(page, size), UnitResponse::of);
    }

    @GET
    @Path("/{code}/descendants")
    @Operation(summary = "All units below this one, at any depth, ordered top-down")
    public PageResponse<UnitResponse> descendants(@PathParam("code") String code, @QueryParam("on") LocalDate on,
            @QueryParam("page") @Min(0) Integer page, @QueryParam("size") @Min(1) @Max(10_000) Integer size) {
        return PageResponse.of(units.descendants(code, dayOrToday(on)), pages.of(page, size), UnitResponse::of);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a unit (admins)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "A field is missing or malformed")
    @APIResponse(responseCode = "409", description = "The code is taken")
    @APIResponse(responseCode = "422", description = "Unknown parent, or a level above the parent's")
    public Response create(@NotNull @Valid UnitRequest request, @Context UriInfo uri,
            @Parameter(description = "Any unique value; a retry with the same key creates nothing twice")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        Unit unit = units.create(request.toDraft(), idempotentRequests.of(idempotencyKey, request));
        return Response.created(uri.getAbsolutePathBuilder().path(unit.code).build())
                .entity(UnitResponse.of(unit)).tag(etag(unit)).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a unit's name, kind, level or parent (admins); If-Match guards against lost updates")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = "Unknown parent, a cycle, or a level above the parent's")
    public Response update(@PathParam("code") String code, @NotNull @Valid UnitRequest request,
            @Parameter(description = "The ETag last read, e.g. \"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Unit unit = units.update(code, request.toDraft(), VersionTags.parse(ifMatch));
        return Response.ok(UnitResponse.of(unit)).tag(etag(unit)).build();
    }

    @POST
    @Path("/{code}/closure")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Close a unit (admins): its last day and the units that take it over (merged into, split into)")
    @APIResponse(responseCode = "200", description = "The closed unit")
    @APIResponse(responseCode = "409", description = "Already closed")
    @APIResponse(responseCode = "422", description = "A successor does not exist the day after, a child is still open, or the day is before the unit's first")
    public Response close(@PathParam("code") String code, @NotNull @Valid UnitClosureRequest request) {
        Unit unit = units.close(code, request.lastDay(), request.toSuccessors());
        return Response.ok(UnitResponse.of(unit)).tag(etag(unit)).build();
    }

    @PUT
    @Path("/{code}/population/{year}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Record a unit's population for a year (admins), for per-capita targets")
    public Response setPopulation(@PathParam("code") String code, @PathParam("year") @Min(1900) @Max(2100) int year,
            @NotNull @Valid PopulationRequest request) {
        Unit unit = units.setPopulation(code, year, request.population());
        return Response.ok(UnitResponse.of(unit)).tag(etag(unit)).build();
    }

    @POST
    @Path("/imports")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create many units at once, all or nothing (admins)",
            description = "Open units only, parents before their children (a parent is stored already or earlier in the "
                    + "list); each is published like a single creation. Every broken rule is listed by index (422).")
    @APIResponse(responseCode = "200", description = "How many were created")
    @APIResponse(responseCode = "422", description = "Codes taken, unknown parents, levels above their parent")
    public BulkImportResult importUnits(@NotNull @Valid List<@NotNull @Valid UnitRequest> requests) {
        return new BulkImportResult(bulkImporter.importAll(requests.stream().map(UnitRequest::toDraft).toList()));
    }

    @Schema(name = "UnitBulkImportResult")
    public record BulkImportResult(int created) {
    }

    @POST
    @Path("/reference-imports/vn-2025")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Load or refresh the 34 provinces and 3,321 communes of 2025 (admins); idempotent")
    @APIResponse(responseCode = "200", description = "How many units were created, updated or already up to date")
    public ReferenceUnitsImporter.Result importVietnam2025() {
        return importer.importVietnam2025();
    }

    private static LocalDate dayOrToday(LocalDate on) {
        return on == null ? LocalDate.now() : on;
    }

    private static EntityTag etag(Unit unit) {
        return new EntityTag(Long.toString(unit.version));
    }
}
