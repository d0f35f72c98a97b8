package vn.culture.lifelong.plans.units.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.culture.lifelong.kit.rest.ApiDocumentation;
import vn.culture.lifelong.kit.rest.PageResponse;
import vn.culture.lifelong.kit.rest.Pages;
import vn.culture.lifelong.plans.units.domain.CommunePredecessor;
import vn.culture.lifelong.plans.units.service.UnitService;

@Path("/api/plans/commune-mapping-2025")
@Tag(name = "Units", description = "Units (organisations) and their hierarchy over time")
@SecurityRequirement(name = ApiDocumentation.SECURITY_SCHEME)
@Authenticated
public class CommuneMappingResource {

    @Schema(name = "CommuneMappingRow", description = "A pre-2025 commune and the 2025 commune it went into")
    public record Row(@Schema(examples = "06205") String oldCode, @Schema(examples = "Xã Hồng Phong") String oldName,
            @Schema(examples = "Huyện Cao Lộc") String oldDistrict, @Schema(examples = "Tỉnh Lạng Sơn") String oldProvince,
            @Schema(examples = "06184") String newCode, @Schema(examples = "Xã Đồng Đăng") String newName) {

        static Row of(CommunePredecessor predecessor) {
            return new Row(predecessor.oldCode, predecessor.oldName, predecessor.oldDistrict, predecessor.oldProvince,
                    predecessor.newUnit.code, predecessor.newUnit.name);
        }
    }

    private final UnitService units;
    private final Pages pages;

    public CommuneMappingResource(UnitService units, Pages pages) {
        this.units = units;
        this.pages = pages;
    }

    @GET
    @Operation(summary = "Where a pre-2025 commune went, or which communes a 2025 commune took over",
            description = "Loaded with the 2025 reference units. A tenth of the old communes have no code in the source; find them by name.")
    @APIResponse(responseCode = "200", description = "A page of old communes and where they went")
    @APIResponse(responseCode = "400", description = "A parameter is malformed")
    @APIResponse(responseCode = "404", description = "No 2025 commune has the new code")
    public PageResponse<Row> searchCommuneMapping(
            @Parameter(description = "Old commune code, e.g. 06205") @QueryParam("oldCode") @Size(max = 40) String oldCode,
            @Parameter(description = "2025 commune code, e.g. 06184") @QueryParam("newCode") @Size(max = 40) String newCode,
            @Parameter(description = "Words of the old commune, district and province, diacritics ignored, e.g. hong phong cao loc")
            @QueryParam("q") @Size(max = 100) String text,
            @QueryParam("page") @Min(0) Integer page, @QueryParam("size") @Min(1) @Max(10_000) Integer size) {
        return PageResponse.of(units.communeMapping(Optional.ofNullable(oldCode), Optional.ofNullable(newCode),
                Optional.ofNullable(text)), pages.of(page, size), Row::of);
    }
}
