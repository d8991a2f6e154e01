package la.gov.gweb.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import la.gov.gweb.account.Caller;
import la.gov.gweb.content.ContentItem;
import la.gov.gweb.content.ContentStatus;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.content.PublishedContent;
import la.gov.gweb.content.ResultPage;
import la.gov.gweb.i18n.Language;
import la.gov.gweb.publishing.ContentDraft;
import la.gov.gweb.publishing.ContentEditor;
import la.gov.gweb.publishing.ContentRevision;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.refusal.RejectedException.Reason;
import la.gov.gweb.web.site.PublicPaths;
import la.gov.gweb.web.site.SiteUrls;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/content}: anyone reads published items; members with a token also read drafts,
 * authors create and edit, editors publish and delete. Ids are those of this site's own store.
 */
@Path("/v1/content")
@Produces(MediaType.APPLICATION_JSON)
public class ContentResource {

    private static final int MAX_SIZE = 100;

    @Inject
    ApiCaller apiCaller;

    @Inject
    PublishedContent published;

    @Inject
    ContentEditor editor;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "List content", description = "Published items; with a member's token also drafts.")
    public JsonObject list(@QueryParam("type") String type, @QueryParam("status") String status,
                           @QueryParam("lang") String lang, @QueryParam("page") @DefaultValue("1") int page,
                           @QueryParam("size") @DefaultValue("20") int size) {
        ContentType contentType = type == null || type.isBlank() ? null : ContentJson.type(type)
                .orElseThrow(() -> invalid("type", "content.type.required"));
        int pageNumber = Math.max(1, page);
        int pageSize = Math.min(Math.max(1, size), MAX_SIZE);
        Optional<Caller> caller = apiCaller.find();
        ResultPage<ContentItem> results = caller.isPresent()
                ? editor.list(caller.get(), contentType, status(status), pageNumber, pageSize)
                : published.list(contentType, pageNumber, pageSize);
        Optional<Language> language = language(lang);
        JsonArrayBuilder items = Json.createArrayBuilder();
        results.items().forEach(item -> items.add(ContentJson.write(item, language, url(item))));
        return Json.createObjectBuilder()
                .add("total", results.total())
                .add("page", results.number())
                .add("size", results.size())
                .add("items", items)
                .build();
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") long id, @QueryParam("lang") String lang) {
        Optional<Caller> caller = apiCaller.find();
        ContentItem item = caller.isPresent() ? editor.find(caller.get(), id)
                : published.find(id).orElseThrow(() -> new RejectedException(Reason.NOT_FOUND,
                        Problem.of(null, "content.unknown", id)));
        return ContentJson.write(item, language(lang), url(item));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an item", description = "Authors create drafts; editors may create published items.")
    public Response create(JsonObject body) {
        Caller caller = apiCaller.required();
        ContentItem item = editor.create(caller, ContentJson.read(body, null));
        if ("published".equals(lower(body, "status"))) {
            item = editor.publish(caller, item.id(), ContentJson.instant(body, "publishAt"));
        }
        return Response.created(URI.create(request.getContextPath() + "/api/v1/content/" + item.id()))
                .entity(Json.createObjectBuilder()
                        .add("id", item.id())
                        .add("url", url(item))
                        .add("version", item.version())
                        .add("status", item.status().name().toLowerCase(Locale.ROOT))
                        .build())
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an item", description = "Send the version you read; an older one is refused with 409.")
    public JsonObject update(@PathParam("id") long id, JsonObject body) {
        Caller caller = apiCaller.required();
        if (!body.containsKey("version") || body.get("version").getValueType() != JsonValue.ValueType.NUMBER) {
            throw invalid("version", "request.malformed", "version must be the number read with the item");
        }
        ContentItem current = editor.find(caller, id);
        ContentDraft draft = ContentJson.read(body, current.type());
        ContentItem item = editor.update(caller, id, body.getJsonNumber("version").longValue(), draft);
        return ContentJson.write(item, Optional.empty(), url(item));
    }

    @POST
    @Path("{id}/replacement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schedule a new version", description = "Editors: the item as sent replaces the published one"
            + " at replaceAt (ISO instant); until then the site shows the current version.")
    public Response scheduleReplacement(@PathParam("id") long id, JsonObject body) {
        Caller caller = apiCaller.required();
        if (!body.containsKey("version") || body.get("version").getValueType() != JsonValue.ValueType.NUMBER) {
            throw invalid("version", "request.malformed", "version must be the number read with the item");
        }
        ContentItem current = editor.find(caller, id);
        ContentRevision revision = editor.scheduleReplacement(caller, id, body.getJsonNumber("version").longValue(),
                ContentJson.read(body, current.type()), ContentJson.instant(body, "replaceAt"));
        return Response.accepted(Json.createObjectBuilder().add("revision", revision.number()).build()).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        editor.delete(apiCaller.required(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/submit")
    public JsonObject submit(@PathParam("id") long id) {
        ContentItem item = editor.submit(apiCaller.required(), id);
        return ContentJson.write(item, Optional.empty(), url(item));
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish an item", description = "Now, or at publishAt (ISO instant) in an optional JSON body.")
    public JsonObject publish(@PathParam("id") long id, JsonObject body) {
        ContentItem item = editor.publish(apiCaller.required(), id,
                body == null ? null : ContentJson.instant(body, "publishAt"));
        return ContentJson.write(item, Optional.empty(), url(item));
    }

    @POST
    @Path("{id}/unpublish")
    public JsonObject unpublish(@PathParam("id") long id) {
        ContentItem item = editor.unpublish(apiCaller.required(), id);
        return ContentJson.write(item, Optional.empty(), url(item));
    }

    private String url(ContentItem item) {
        return SiteUrls.onThisHost(request, PublicPaths.of(item, Language.DEFAULT));
    }

    private static ContentStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ContentStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("status", "request.malformed", "status must be draft, in_review, published or archived");
        }
    }

    private static Optional<Language> language(String lang) {
        if (lang == null || lang.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Language.fromCode(lang).orElseThrow(() ->
                invalid("lang", "request.malformed", "lang must be lo or en")));
    }

    private static String lower(JsonObject body, String name) {
        return body.containsKey(name) && body.get(name).getValueType() == JsonValue.ValueType.STRING
                ? body.getString(name).toLowerCase(Locale.ROOT) : null;
    }

    private static RejectedException invalid(String field, String key, Object... arguments) {
        return new RejectedException(Reason.INVALID, Problem.of(field, key, arguments));
    }
}
