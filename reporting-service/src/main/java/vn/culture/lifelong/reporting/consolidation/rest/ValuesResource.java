package vn.culture.lifelong.reporting.consolidation.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.culture.lifelong.documents.DocumentFormat;
import vn.culture.lifelong.documents.Downloads;
import vn.culture.lifelong.kit.rest.ApiDocumentation;
import vn.culture.lifelong.kit.rest.Pages;
import vn.culture.lifelong.kit.security.Callers;
import vn.culture.lifelong.reporting.consolidation.domain.Basis;
import vn.culture.lifelong.reporting.consolidation.service.ConsolidatedValues;
import vn.culture.lifelong.reporting.consolidation.service.ValueQuery;
import vn.culture.lifelong.reporting.exports.ValuesSheet;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;

@Path("/api/reports/values")
@Tag(name = "Consolidation", description = "Reported values added up the hierarchy by each indicator's rule")
@SecurityRequirement(name = ApiDocumentation.SECURITY_SCHEME)
@Authenticated
public class ValuesResource {

    private final ConsolidatedValues values;
    private final ValuesSheet sheet;
    private final Callers callers;
    private final Pages pages;

    public ValuesResource(ConsolidatedValues values, ValuesSheet sheet, Callers callers, Pages pages) {
        this.values = values;
        this.sheet = sheet;
        this.callers = callers;
        this.pages = pages;
    }

    @GET
    @Operation(summary = "An indicator's consolidated value for a unit's tree and a period, and each child's",
            description = "Numbers are summed, yes/no answers give the percent of the expected units answering yes, "
                    + "shares the percent of the summed numerators over the summed denominators. Accepted reports count; "
                    + "include=submitted counts submitted ones too. A value given in several plans' reports counts once "
                    + "(the latest accepted); plan= counts one plan's reports only. Anyone of the unit or a unit above "
                    + "it; admins for any unit.")
    @APIResponse(responseCode = "200", description = "The value, how many units reported of how many expected, and a page "
            + "of children; as a spreadsheet, the unit and every unit under it in tree order (each unit one level down, "
            + "and below those each unit expected to report or having reported)", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ValuesResponse.class)),
                    @Content(mediaType = DocumentFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "A parameter is missing, malformed or unknown (named in the problem)")
    @APIResponse(responseCode = "403", description = "The unit is outside the caller's tree")
    @APIResponse(responseCode = "404", description = "No unit has this code, or no such plan")
    @Produces({MediaType.APPLICATION_JSON, DocumentFormat.XLSX_TYPE})
    public Response getValue(
            @Parameter(description = "Indicator code from the catalogue, e.g. LIB_READER_VISITS") @QueryParam("indicator")
            @NotBlank @Size(max = 60) String indicator,
            @Parameter(description = "The unit whose tree is counted, VN for the whole country (admins); the caller's own "
                    + "by default") @QueryParam("unit")
            @Size(max = 40) String unit,
            @QueryParam("year") @NotNull @Min(1900) @Max(2200) Integer year,
            @Parameter(description = "HALF_YEAR or ANNUAL") @QueryParam("kind") @NotNull ObligationKind kind,
            @Parameter(description = "Only this plan's reports") @QueryParam("plan") Long plan,
            @Parameter(description = "submitted: count submitted reports too, not only accepted ones")
            @QueryParam("include") @Pattern(regexp = Basis.INCLUDE_SUBMITTED) String include,
            @QueryParam("page") @Min(0) Integer page, @QueryParam("size") @Min(1) @Max(10_000) Integer size,
            @Parameter(description = "xlsx: the whole breakdown as a spreadsheet (as Accept: " + DocumentFormat.XLSX_TYPE
                    + "); json by default") @QueryParam(DocumentFormat.PARAMETER) String format,
            @Context HttpHeaders headers) {
        ValueQuery query = new ValueQuery(indicator, Optional.ofNullable(unit), year, kind, Optional.ofNullable(plan),
                Basis.ofInclude(include));
        if (DocumentFormat.chosen(format, headers, DocumentFormat.TABLE) == DocumentFormat.XLSX) {
            ConsolidatedValues.Breakdown breakdown = values.breakdown(query, callers.current());
            return Downloads.attachment(DocumentFormat.XLSX, ValuesSheet.fileName(breakdown),
                    out -> sheet.write(breakdown, out));
        }
        return Response.ok(ValuesResponse.of(values.of(query, pages.of(page, size), callers.current())),
                MediaType.APPLICATION_JSON_TYPE).build();
    }
}
