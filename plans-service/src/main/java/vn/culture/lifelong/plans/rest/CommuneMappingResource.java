package vn.culture.lifelong.plans.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.culture.lifelong.plans.domain.CommunePredecessor;
import vn.culture.lifelong.plans.service.UnitService;

@Path("/api/plans/commune-mapping-2025")
@Tag(name = "Units", description = "Units (organisations) and their hierarchy over time")
@SecurityRequirement(name = "keycloak")
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
    private final PageRequest.Factory pages;

    public CommuneMappingResource(UnitService units, PageRequest.Factory pages) {
        this.units = units;
        this.pages = pages;
    }

    @GET
    @Operation(summary = "Where a pre-2025 commune went, or which communes a 2025 commune took over",
            description = "Loaded with the 2025 reference units. A tenth of the old communes have no code in the source; find them by name.")
    public PageResponse<Row> search(
            @Parameter(description = "Old commune code", example = "06205") @QueryParam("oldCode") String oldCode,
            @Parameter(description = "2025 commune code", example = "06184") @QueryParam("newCode") String newCode,
            @Parameter(description = "Words of the old commune, district and province, diacritics ignored", example = "hong phong cao loc")
            @QueryParam("q") String text,
            @QueryParam("page") @Min(0) Integer page, @QueryParam("size") @Min(1) @Max(10_000) Integer size) {
        return PageResponse.of(units.communeMapping(Optional.ofNullable(oldCode), Optional.ofNullable(newCode),
                Optional.ofNullable(text)), pages.of(page, size), Row::of);
    }
}
