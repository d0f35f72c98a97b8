package vn.culture.lifelong.reporting.imports.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.reporting.imports.service.DataValue;

@Schema(name = "DataValues", description = "Values pushed in bulk")
public record DataValuesRequest(@NotNull @Size(min = 1, max = DataValuesResource.MAX_ROWS) List<@NotNull DataValue> values) {
}
