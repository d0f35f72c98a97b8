package vn.culture.lifelong.events.rest;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.culture.lifelong.units.rest.UnitViewResource;
import vn.culture.lifelong.units.service.UnitReadModel;

@Path("/api/events/units")
@Tag(name = "Units (read model)", description = "Units as events-service knows them, for scoping activities")
@SecurityRequirement(name = "keycloak")
public class EventsUnitsResource extends UnitViewResource {

    public EventsUnitsResource(UnitReadModel readModel) {
        super(readModel);
    }
}
