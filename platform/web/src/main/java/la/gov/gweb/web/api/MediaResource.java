package la.gov.gweb.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import la.gov.gweb.account.Caller;
import la.gov.gweb.content.ResultPage;
import la.gov.gweb.i18n.Language;
import la.gov.gweb.media.MediaFile;
import la.gov.gweb.media.MediaKind;
import la.gov.gweb.media.MediaLibrary;
import la.gov.gweb.media.UploadRefusedException;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.refusal.RejectedException.Reason;
import la.gov.gweb.web.i18n.Messages;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The site's media library: {@code POST /api/v1/media} takes one or more files (multipart, any
 * part names), each typed from its content and accepted or refused on its own: 201 when all were
 * stored, else 400 with the stored ones in {@code files} and a problem per refused file.
 * {@code GET} lists ({@code ?kind=image|document&q=&page=&size=}); {@code /{mediaId}} reads,
 * describes ({@code PUT} title and alt), and deletes; {@code PUT /{mediaId}/content} replaces the
 * content behind the same URL.
 */
@Path("/v1/media")
@Produces(MediaType.APPLICATION_JSON)
public class MediaResource {

    private static final int MAX_SIZE = 100;

    @Inject
    ApiCaller apiCaller;

    @Inject
    MediaLibrary media;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload media", description = "Images and PDF, DOCX, XLSX, ODT documents, typed from their content.")
    public Response upload(List<EntityPart> parts) throws IOException {
        Caller caller = apiCaller.required();
        Language language = Messages.fromAcceptLanguage(request.getHeader("Accept-Language"));
        JsonArrayBuilder files = Json.createArrayBuilder();
        JsonArrayBuilder problems = Json.createArrayBuilder();
        String firstRefusal = null;
        for (EntityPart part : parts) {
            String name = PartNames.of(part);
            try (InputStream in = part.getContent()) {
                files.add(MediaJson.write(media.upload(caller, name, -1, in), request.getContextPath()));
            } catch (UploadRefusedException refused) {
                String message = Messages.text(language, refused.key(), refused.arguments());
                problems.add(Json.createObjectBuilder().add("field", name).add("message", message));
                firstRefusal = firstRefusal == null ? name + ": " + message : firstRefusal;
            }
        }
        if (firstRefusal == null) {
            return Response.status(Response.Status.CREATED)
                    .entity(Json.createObjectBuilder().add("files", files).build()).build();
        }
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Json.createObjectBuilder().add("message", firstRefusal).add("problems", problems)
                        .add("files", files).build())
                .build();
    }

    @GET
    @Operation(summary = "List media", description = "Newest first; kind=image|document, q searches names and titles.")
    public JsonObject list(@QueryParam("kind") String kind, @QueryParam("q") String text,
                           @QueryParam("page") @DefaultValue("1") int page,
                           @QueryParam("size") @DefaultValue("20") int size) {
        ResultPage<MediaFile> results = media.list(apiCaller.required(), kind(kind), text, Math.max(1, page),
                Math.min(Math.max(1, size), MAX_SIZE));
        JsonArrayBuilder files = Json.createArrayBuilder();
        results.items().forEach(file -> files.add(MediaJson.write(file, request.getContextPath())));
        return Json.createObjectBuilder().add("total", results.total()).add("page", results.number())
                .add("size", results.size()).add("files", files).build();
    }

    @GET
    @Path("{mediaId}")
    public JsonObject get(@PathParam("mediaId") long id) {
        Caller caller = apiCaller.required();
        return MediaJson.withUsages(MediaJson.write(media.find(caller, id), request.getContextPath()),
                media.usages(caller, id)).build();
    }

    @PUT
    @Path("{mediaId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Describe media", description = "Sets title and alt, each {\"lo\", \"en\"}.")
    public JsonObject describe(@PathParam("mediaId") long id, JsonObject body) {
        return MediaJson.write(media.describe(apiCaller.required(), id, MediaJson.localized(body, "title"),
                MediaJson.localized(body, "alt")), request.getContextPath()).build();
    }

    @PUT
    @Path("{mediaId}/content")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Replace media", description = "One file of the same type; the URL stays.")
    public JsonObject replace(@PathParam("mediaId") long id, List<EntityPart> parts) throws IOException {
        Caller caller = apiCaller.required();
        if (parts.size() != 1) {
            throw new RejectedException(Reason.INVALID, Problem.of(null, "media.replace.oneFile"));
        }
        EntityPart part = parts.get(0);
        String name = PartNames.of(part);
        try (InputStream in = part.getContent()) {
            return MediaJson.write(media.replace(caller, id, name, -1, in), request.getContextPath()).build();
        } catch (UploadRefusedException refused) {
            throw new RejectedException(Reason.INVALID, Problem.of(name, refused.key(), refused.arguments()));
        }
    }

    @DELETE
    @Path("{mediaId}")
    @Operation(summary = "Delete media", description = "Refused with 409 while content uses the file.")
    public Response delete(@PathParam("mediaId") long id) {
        media.delete(apiCaller.required(), id);
        return Response.noContent().build();
    }

    private static MediaKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "image" -> MediaKind.IMAGE;
            case "document" -> MediaKind.DOCUMENT;
            default -> throw new RejectedException(Reason.INVALID, Problem.of("kind", "media.kind.invalid"));
        };
    }
}
