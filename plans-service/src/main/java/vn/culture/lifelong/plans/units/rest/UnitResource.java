package vn.culture.lifelong.plans.units.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
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
import vn.culture.lifelong.plans.units.domain.Unit;
import vn.culture.lifelong.plans.units.service.ReferenceUnitsImporter;
import vn.culture.lifelong.plans.units.service.UnitBulkImporter;
import vn.culture.lifelong.plans.units.service.UnitService;

@Path("/api/plans/units")
@Tag(name = "Units", description = "Organisations and their hierarchy")
@SecurityRequirement(name = ApiDocumentation.SECURITY_SCHEME)
@Authenticated
public class UnitResource {

    private final UnitService units;
    private final Pages pages;
    private final ReferenceUnitsImporter importer;
    private final UnitBulkImporter bulkImporter;
    private final IdempotentRequests idempotentRequests;

    public UnitResource(UnitService units, Pages pages, ReferenceUnitsImporter importer, UnitBulkImporter bulkImporter,
            IdempotentRequests idempotentRequests) {
        this.units = units;
        this.pages = pages;
        this.importer = importer;
        this.bulkImporter = bulkImporter;
        this.idempotentRequests = idempotentRequests;
    }

    @GET
    @Operation(summary = "List units: optionally those directly under one parent, or those matching a search")
    @APIResponse(responseCode = "200", description = "A page of units")
    @APIResponse(responseCode = "400", description = "A parameter is malformed")
    public PageResponse<UnitResponse> listUnits(
            @Parameter(description = "Only the units directly under this one, e.g. 20") @QueryParam("parent")
            @Pattern(regexp = UnitRequest.CODE_PATTERN) String parent,
            @Parameter(description = "Words to find in the code or name, diacritics and case ignored, e.g. dong dang")
            @QueryParam("q") @Size(max = 100) String q,
            @Parameter(description = "Units existing on this day, e.g. 2020-01-01 (default today)")
            @QueryParam("on") LocalDate on,
            @QueryParam("page") @Min(0) Integer page,
            @QueryParam("size") @Min(1) @Max(10_000) Integer size) {
        return PageResponse.of(units.list(Optional.ofNullable(parent), Optional.ofNullable(q), dayOrToday(on)),
                pages.of(page, size), UnitResponse::of);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Read one unit: the one bearing the code today (or, if closed, the last one that did), or on a given day; its ETag is its version")
    @APIResponseSchema(value = UnitResponse.class, responseDescription = "The unit")
    @APIResponse(responseCode = "404", description = "No such unit")
    public Response getUnit(@PathParam("code") String code,
            @Parameter(description = "The unit that bore this code on this day, e.g. 2020-01-01")
            @QueryParam("on") LocalDate on) {
        return answer(on == null ? units.get(code) : units.get(code, on), Response.ok());
    }

    @GET
    @Path("/{code}/children")
    @Operation(summary = "Units directly under this one")
    @APIResponse(responseCode = "200", description = "A page of units")
    @APIResponse(responseCode = "404", description = "No such unit")
    public PageResponse<UnitResponse> listChildren(@PathParam("code") String code,
            @Parameter(description = "Units existing on this day (default today)") @QueryParam("on") LocalDate on,
            @QueryParam("page") @Min(0) Integer page, @QueryParam("size") @Min(1) @Max(10_000) Integer size) {
        return PageResponse.of(units.children(code, dayOrToday(on)), pages.of(page, size), UnitResponse::of);
    }

    @GET
    @Path("/{code}/descendants")
    @Operation(summary = "All units below this one, at any depth, ordered top-down")
    @APIResponse(responseCode = "200", description = "A page of units, top-down")
    @APIResponse(responseCode = "404", description = "No such unit")
    public PageResponse<UnitResponse> listDescendants(@PathParam("code") String code,
            @Parameter(description = "Units existing on this day (default today)") @QueryParam("on") LocalDate on,
            @QueryParam("page") @Min(0) Integer page, @QueryParam("size") @Min(1) @Max(10_000) Integer size) {
        return PageResponse.of(units.descendants(code, dayOrToday(on)), pages.of(page, size), UnitResponse::of);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a unit (admins)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UnitResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed")
    @APIResponse(responseCode = "409", description = "The code is taken")
    @APIResponse(responseCode = "422", description = "Unknown parent, or a level above the parent's")
    public Response createUnit(@NotNull @Valid UnitRequest request, @Context UriInfo uri,
            @Parameter(description = "Any unique value; a retry with the same key creates nothing twice")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        Unit unit = units.create(request.toDraft(), idempotentRequests.of(idempotencyKey, request));
        return answer(unit, Response.created(uri.getAbsolutePathBuilder().path(unit.code).build()));
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a unit's name, kind, level or parent (admins); If-Match guards against lost updates")
    @APIResponseSchema(value = UnitResponse.class, responseDescription = "Updated")
    @APIResponse(responseCode = "400", description = "A field or If-Match is malformed")
    @APIResponse(responseCode = "404", description = "No such unit")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = "Unknown parent, a cycle, or a level above the parent's")
    public Response updateUnit(@PathParam("code") String code, @NotNull @Valid UnitRequest request,
            @Parameter(description = "The ETag last read, e.g. \"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(units.update(code, request.toDraft(), ExpectedVersion.fromIfMatch(ifMatch)), Response.ok());
    }

    @POST
    @Path("/{code}/closure")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Close a unit (admins): its last day and the units that take it over (merged into, split into)")
    @APIResponseSchema(value = UnitResponse.class, responseDescription = "The closed unit")
    @APIResponse(responseCode = "400", description = "A field is missing or malformed")
    @APIResponse(responseCode = "404", description = "No such unit")
    @APIResponse(responseCode = "409", description = "Already closed")
    @APIResponse(responseCode = "422", description = "A successor does not exist the day after, a child is still open, or the day is before the unit's first")
    public Response closeUnit(@PathParam("code") String code, @NotNull @Valid UnitClosureRequest request) {
        return answer(units.close(code, request.lastDay(), request.toSuccessors()), Response.ok());
    }

    @PUT
    @Path("/{code}/population/{year}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Record a unit's population for a year (admins), for per-capita targets")
    @APIResponseSchema(value = UnitResponse.class, responseDescription = "The unit with its population")
    @APIResponse(responseCode = "400", description = "The year or population is out of range")
    @APIResponse(responseCode = "404", description = "No such unit")
    public Response setPopulation(@PathParam("code") String code, @PathParam("year") @Min(1900) @Max(2100) int year,
            @NotNull @Valid PopulationRequest request) {
        return answer(units.setPopulation(code, year, request.population()), Response.ok());
    }

    @POST
    @Path("/imports")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create many units at once, all or nothing (admins)",
            description = "Open units only, parents before their children (a parent is stored already or earlier in the "
                    + "list); each is published like a single creation. Every broken rule is listed by index (422).")
    @APIResponse(responseCode = "200", description = "How many were created")
    @APIResponse(responseCode = "400", description = "A unit's field is missing or malformed, named by index")
    @APIResponse(responseCode = "422", description = "Codes taken, unknown parents, levels above their parent")
    public BulkImportResult importUnits(@NotNull List<@NotNull @Valid UnitRequest> requests) {
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

    private static Response answer(Unit unit, Response.ResponseBuilder response) {
        return response.entity(UnitResponse.of(unit)).tag(ExpectedVersion.etag(unit.version)).build();
    }
}
