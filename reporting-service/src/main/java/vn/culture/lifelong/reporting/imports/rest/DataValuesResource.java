package vn.culture.lifelong.reporting.imports.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.culture.lifelong.kit.problem.Messages;
import vn.culture.lifelong.kit.rest.ApiDocumentation;
import vn.culture.lifelong.kit.security.Callers;
import vn.culture.lifelong.kit.security.Roles;
import vn.culture.lifelong.reporting.imports.service.DataValue;
import vn.culture.lifelong.reporting.imports.service.DataValueImport;

@Path("/api/reports/data-values")
@Tag(name = "Bulk values", description = "Values pushed in bulk by provincial systems and officers")
@SecurityRequirement(name = ApiDocumentation.SECURITY_SCHEME)
@RolesAllowed({Roles.REPORTER, Roles.INTEGRATION, Roles.ADMIN})
public class DataValuesResource {

    /** Most rows one request carries; a province's year is sent in several. */
    static final int MAX_ROWS = 20_000;
    private static final String SUMMARY = "The summary: rows imported, updated, unchanged and refused (each with its reason)";
    private static final String DESCRIPTION = "Each row goes into the line of the report answering for its unit in its "
            + "plan and period (the unit's own, or that of the nearest unit above it owing one); a draft is created "
            + "where none exists. Only within the caller's tree, into drafts and returned reports; every change is in "
            + "the report's history. By default one refused row refuses the whole import (422, every row's fault "
            + "listed); atomic=false writes the other rows. dryRun=true answers the summary and writes nothing.";

    private final DataValueImport dataValues;
    private final Callers callers;
    private final Messages messages;

    public DataValuesResource(DataValueImport dataValues, Callers callers, Messages messages) {
        this.dataValues = dataValues;
        this.callers = callers;
        this.messages = messages;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Push values in bulk, as JSON", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = SUMMARY)
    @APIResponse(responseCode = "400", description = "The body is malformed or has too many rows")
    @APIResponse(responseCode = "403", description = "Not a reporter, provincial system or admin")
    @APIResponse(responseCode = "422", description = "A row is refused and the import is atomic: nothing was written")
    public ImportSummaryResponse importJson(@NotNull @Valid DataValuesRequest request,
            @Parameter(description = "true: answer the summary without writing") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @Parameter(description = "false: write the rows that can be written") @QueryParam("atomic") @DefaultValue("true") boolean atomic,
            @Context HttpHeaders headers) {
        return run(request.values(), dryRun, atomic, headers);
    }

    @POST
    @Consumes(CsvDataValues.MEDIA_TYPE)
    @Operation(summary = "Push values in bulk, as CSV", description = DESCRIPTION + " CSV: UTF-8, a header line naming "
            + "the columns plan, unit, year, kind, indicator, target, value, numerator, denominator (in any order).")
    @APIResponse(responseCode = "200", description = SUMMARY)
    @APIResponse(responseCode = "400", description = "A column is missing, a cell does not convert, or there are too many rows")
    @APIResponse(responseCode = "403", description = "Not a reporter, provincial system or admin")
    @APIResponse(responseCode = "422", description = "A row is refused and the import is atomic: nothing was written")
    public ImportSummaryResponse importCsv(@NotNull String body,
            @Parameter(description = "true: answer the summary without writing") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @Parameter(description = "false: write the rows that can be written") @QueryParam("atomic") @DefaultValue("true") boolean atomic,
            @Context HttpHeaders headers) {
        return run(CsvDataValues.read(body, MAX_ROWS), dryRun, atomic, headers);
    }

    private ImportSummaryResponse run(List<DataValue> rows, boolean dryRun, boolean atomic, HttpHeaders headers) {
        return ImportSummaryResponse.of(dataValues.run(rows, dryRun, atomic, callers.current()), messages,
                Messages.localeOf(headers));
    }
}
