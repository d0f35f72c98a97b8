package vn.culture.lifelong.events.units.rest;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.culture.lifelong.kit.rest.ApiDocumentation;
import vn.culture.lifelong.units.rest.UnitViewResource;
import vn.culture.lifelong.units.service.UnitReadModel;

@Path("/api/events/units")
@Tag(name = "Units (read model)", description = "Units as events-service knows them, for scoping activities")
@SecurityRequirement(name = ApiDocumentation.SECURITY_SCHEME)
public class EventsUnitsResource extends UnitViewResource {

    public EventsUnitsResource(UnitReadModel readModel) {
        super(readModel);
    }
}
