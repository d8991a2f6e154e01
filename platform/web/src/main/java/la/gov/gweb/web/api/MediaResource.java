package la.gov.gweb.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import la.gov.gweb.account.Caller;
import la.gov.gweb.account.SiteRole;
import la.gov.gweb.content.StoredFileRef;
import la.gov.gweb.media.MediaLibrary;
import la.gov.gweb.media.UploadRefusedException;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.refusal.RejectedException.Reason;
import la.gov.gweb.tenant.CurrentTenant;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code POST /api/v1/media}: one or more files (multipart, any part names) into the site's
 * media; each is typed from its content. Answers 201 with the id (storage key), URL and type of
 * each file, or 400 naming the first file refused; files before it are kept.
 */
@Path("/v1/media")
public class MediaResource {

    @Inject
    ApiCaller apiCaller;

    @Inject
    MediaLibrary media;

    @Inject
    CurrentTenant currentTenant;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload media", description = "Images and PDF, DOCX, XLSX, ODT documents, typed from their content.")
    public Response upload(List<EntityPart> parts) throws IOException {
        Caller caller = apiCaller.required();
        if (!caller.may(SiteRole.AUTHOR)) {
            throw new RejectedException(Reason.FORBIDDEN, Problem.of(null, "access.denied"));
        }
        JsonArrayBuilder files = Json.createArrayBuilder();
        for (EntityPart part : parts) {
            String name = part.getFileName().orElse(part.getName());
            try (InputStream in = part.getContent()) {
                StoredFileRef stored = media.upload(currentTenant.get().slug(), name, -1, in);
                files.add(Json.createObjectBuilder()
                        .add("id", stored.storageKey())
                        .add("url", request.getContextPath() + "/" + stored.storageKey())
                        .add("type", stored.mediaType())
                        .add("size", stored.byteSize()));
            } catch (UploadRefusedException refused) {
                throw new RejectedException(Reason.INVALID, Problem.of(name, refused.key(), refused.arguments()));
            }
        }
        return Response.status(Response.Status.CREATED)
                .entity(Json.createObjectBuilder().add("files", files).build())
                .build();
    }
}
