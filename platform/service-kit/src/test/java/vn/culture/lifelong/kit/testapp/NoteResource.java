package vn.culture.lifelong.kit.testapp;

import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.culture.lifelong.kit.outbox.Outbox;
import vn.culture.lifelong.kit.persistence.Timestamps;
import vn.culture.lifelong.kit.problem.NotFoundException;

/** A small API on the kit, as a service would write one, for the kit's own tests through HTTP. */
@Path("/notes")
@Authenticated
public class NoteResource {

    public record Note(@NotBlank @Size(max = 20) String subject, @NotNull String text, List<@NotBlank String> tags) {
    }

    private final Outbox outbox;

    public NoteResource(Outbox outbox) {
        this.outbox = outbox;
    }

    @POST
    @Transactional
    public Note takeNote(@NotNull @Valid Note note) {
        outbox.append(new NoteEvent(note.subject(), Timestamps.now(), Map.of("text", note.text())));
        return note;
    }

    /** How notes are kept, to filter by. */
    public enum Shelf {
        OPEN,
        ARCHIVED
    }

    @GET
    public List<String> findNotes(@QueryParam("q") @Size(max = 100) String words, @QueryParam("shelf") Shelf shelf,
            @QueryParam("since") LocalDate since, @QueryParam("limit") Integer limit) {
        return List.of();
    }

    @GET
    @Path("/{subject}")
    public Note getNote(@PathParam("subject") String subject) {
        throw new NotFoundException("note.not.found", subject);
    }
}
