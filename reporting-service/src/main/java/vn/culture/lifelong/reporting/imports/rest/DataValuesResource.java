package vn.culture.lifelong.reporting.imports.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
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
import vn.culture.lifelong.kit.problem.Messages;
import vn.culture.lifelong.kit.rest.ApiDocumentation;
import vn.culture.lifelong.kit.security.Callers;
import vn.culture.lifelong.kit.security.Roles;
import vn.culture.lifelong.reporting.imports.service.DataValue;
import vn.culture.lifelong.reporting.exports.DataValuesSheet;
import vn.culture.lifelong.reporting.imports.service.DataValueImport;
import vn.culture.lifelong.reporting.imports.service.DataValueTemplate;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;

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
    private final DataValueTemplate templates;
    private final DataValuesSheet sheet;
    private final Callers callers;
    private final Messages messages;

    public DataValuesResource(DataValueImport dataValues, DataValueTemplate templates, DataValuesSheet sheet,
            Callers callers, Messages messages) {
        this.dataValues = dataValues;
        this.templates = templates;
        this.sheet = sheet;
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

    @POST
    @Consumes(DocumentFormat.XLSX_TYPE)
    @Operation(summary = "Push values in bulk, as a spreadsheet (the template this path hands out, filled in)",
            description = DESCRIPTION + " XLSX: the first sheet, a header row among its first ten naming the columns "
                    + "(plan, unit, year, kind, indicator, target, value, numerator, denominator, or the template's "
                    + "Vietnamese headers), other columns ignored; a row with no value, numerator or denominator is "
                    + "left out, and values[i] is the i-th row under the header (from 0).")
    @APIResponse(responseCode = "200", description = SUMMARY)
    @APIResponse(responseCode = "400", description = "Not a spreadsheet, no header row, nothing filled in, a cell that "
            + "does not convert, or too many rows")
    @APIResponse(responseCode = "403", description = "Not a reporter, provincial system or admin")
    @APIResponse(responseCode = "422", description = "A row is refused and the import is atomic: nothing was written")
    public ImportSummaryResponse importXlsx(@NotNull InputStream body,
            @Parameter(description = "true: answer the summary without writing") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @Parameter(description = "false: write the rows that can be written") @QueryParam("atomic") @DefaultValue("true") boolean atomic,
            @Context HttpHeaders headers) {
        XlsxDataValues.Rows rows = XlsxDataValues.read(body, MAX_ROWS);
        return ImportSummaryResponse.of(dataValues.run(rows.values(), rows.positions()::get, dryRun, atomic,
                callers.current()), messages, Messages.localeOf(headers));
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, DocumentFormat.XLSX_TYPE})
    @Operation(summary = "The lines to fill for a plan's period in a unit's tree: the template of a bulk import",
            description = "Every line of the plan's reports for the period that the caller may write into (drafts, "
                    + "returned reports, and drafts not yet started, laid out as they would be) for the units of the "
                    + "tree (the caller's own by default), in the import's columns, with the current value where there "
                    + "is one. As a spreadsheet (Accept: " + DocumentFormat.XLSX_TYPE + " or format=xlsx) the same lines "
                    + "under Vietnamese headers, which POST with that content type reads back once filled in. "
                    + "Submitted and accepted reports are not in it: they take no values.")
    @APIResponse(responseCode = "200", description = "The lines to fill", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DataValueTemplateResponse.class)),
            @Content(mediaType = DocumentFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "A parameter is missing or malformed, or kind is AD_HOC")
    @APIResponse(responseCode = "403", description = "Not a reporter, provincial system or admin, or the unit is outside "
            + "the caller's tree")
    @APIResponse(responseCode = "404", description = "No such plan, or no unit has this code")
    public Response getTemplate(
            @Parameter(description = "The plan's id") @QueryParam("plan") @NotNull Long plan,
            @QueryParam("year") @NotNull @Min(1900) @Max(2200) Integer year,
            @Parameter(description = "HALF_YEAR or ANNUAL") @QueryParam("kind") @NotNull ObligationKind kind,
            @Parameter(description = "The unit whose tree's lines are listed; the caller's own by default")
            @QueryParam("unit") @Size(max = 40) String unit,
            @Parameter(description = "xlsx: the template as a spreadsheet (as Accept: " + DocumentFormat.XLSX_TYPE
                    + "); json by default") @QueryParam(DocumentFormat.PARAMETER) String format,
            @Context HttpHeaders headers) {
        DocumentFormat chosen = DocumentFormat.chosen(format, headers, DocumentFormat.TABLE);
        DataValueTemplate.Template template = templates.template(plan, year, kind, Optional.ofNullable(unit),
                callers.current());
        if (chosen == DocumentFormat.XLSX) {
            return Downloads.attachment(chosen, DataValuesSheet.fileName(template), out -> sheet.write(template, out));
        }
        return Response.ok(DataValueTemplateResponse.of(template, templates.lines(template)),
                MediaType.APPLICATION_JSON_TYPE).build();
    }

    private ImportSummaryResponse run(List<DataValue> rows, boolean dryRun, boolean atomic, HttpHeaders headers) {
        return ImportSummaryResponse.of(dataValues.run(rows, dryRun, atomic, callers.current()), messages,
                Messages.localeOf(headers));
    }
}
