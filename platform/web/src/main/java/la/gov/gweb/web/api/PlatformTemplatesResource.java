package la.gov.gweb.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import la.gov.gweb.platform.SiteTemplates;
import la.gov.gweb.platform.TemplatePage;
import la.gov.gweb.platform.TemplatePropagation;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.refusal.RejectedException.Reason;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/platform/templates} on the portal host, for platform admins: the site templates'
 * standard pages, and a new text for one, which becomes its next revision and is offered to
 * every site made from the template.
 */
@Path("/v1/platform/templates")
@Produces(MediaType.APPLICATION_JSON)
public class PlatformTemplatesResource {

    @Inject
    ApiCaller apiCaller;

    @Inject
    SiteTemplates templates;

    @Inject
    TemplatePropagation propagation;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "List templates", description = "Each template with its pages and their revisions.")
    public JsonObject list() {
        apiCaller.platformAdmin(request);
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (String name : SiteTemplates.NAMES) {
            JsonArrayBuilder pages = Json.createArrayBuilder();
            templates.pages(name).forEach(page -> pages.add(Json.createObjectBuilder()
                    .add("path", page.path()).add("revision", page.revision())));
            all.add(Json.createObjectBuilder().add("name", name).add("pages", pages));
        }
        return Json.createObjectBuilder().add("templates", all).build();
    }

    @GET
    @Path("{template}/pages/{path: .+}")
    @Operation(summary = "Read a template page", description = "Its texts keep {site} where each site's name goes.")
    public JsonObject page(@PathParam("template") String template, @PathParam("path") String path) {
        apiCaller.platformAdmin(request);
        TemplatePage page = templates.page(template, path).orElseThrow(() -> new RejectedException(Reason.NOT_FOUND,
                Problem.of(null, "template.page.unknown", template, path)));
        return Json.createObjectBuilder(PlatformJson.text(page.text()))
                .add("path", page.path())
                .add("revision", page.revision())
                .build();
    }

    @PUT
    @Path("{template}/pages/{path: .+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a template page", description = "Body: {title: {lo, en}, summary?, body?}. Makes"
            + " the page's next revision: sites that never edited their page get it at once (their earlier text"
            + " stays a revision), sites that edited it are offered it. Answers {revision, updated, offered}.")
    public JsonObject revise(@PathParam("template") String template, @PathParam("path") String path, JsonObject body) {
        TemplatePropagation.Propagated done = propagation.revise(apiCaller.platformAdmin(request), template, path,
                PlatformJson.pageText(ApiCaller.body(body)));
        JsonArrayBuilder updated = Json.createArrayBuilder();
        done.updated().forEach(updated::add);
        JsonArrayBuilder offered = Json.createArrayBuilder();
        done.offered().forEach(offered::add);
        return Json.createObjectBuilder()
                .add("revision", done.revision())
                .add("updated", updated)
                .add("offered", offered)
                .build();
    }
}
