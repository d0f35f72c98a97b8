package vn.culture.lifelong.plans.programmes.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.culture.lifelong.kit.rest.ApiDocumentation;
import vn.culture.lifelong.plans.programmes.domain.Programme;
import vn.culture.lifelong.plans.programmes.service.ProgrammeService;

@Path("/api/plans/programmes")
@Tag(name = "Programmes", description = "National schemes and programmes (Đề án / Chương trình) plans implement")
@SecurityRequirement(name = ApiDocumentation.SECURITY_SCHEME)
@Authenticated
public class ProgrammeResource {

    @Schema(name = "Programme")
    public record ProgrammeResponse(@Schema(examples = "QD-208-2014") String code, String name,
            @Schema(examples = "208/QĐ-TTg") String decisionNumber, LocalDate decisionDate, int horizonFrom, int horizonTo) {

        static ProgrammeResponse of(Programme programme) {
            return new ProgrammeResponse(programme.code, programme.name, programme.decisionNumber, programme.decisionDate,
                    programme.horizonFrom, programme.horizonTo);
        }
    }

    private final ProgrammeService programmes;

    public ProgrammeResource(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    @GET
    @Operation(summary = "The programmes, oldest decision first")
    public List<ProgrammeResponse> listProgrammes() {
        return programmes.list().stream().map(ProgrammeResponse::of).toList();
    }
}
