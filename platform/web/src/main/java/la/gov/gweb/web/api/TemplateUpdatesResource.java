package la.gov.gweb.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import la.gov.gweb.platform.TemplateOffers;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/template-updates} on a site's host, for its site admins: template changes to
 * pages the site edited, which are never applied without their choice.
 */
@Path("/v1/template-updates")
@Produces(MediaType.APPLICATION_JSON)
public class TemplateUpdatesResource {

    @Inject
    ApiCaller apiCaller;

    @Inject
    TemplateOffers offers;

    @GET
    @Operation(summary = "Template updates available", description = "Each with the site's text and the template's.")
    public JsonObject list() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        offers.list(apiCaller.required()).forEach(offer -> all.add(Json.createObjectBuilder()
                .add("id", offer.itemId())
                .add("path", offer.path())
                .add("revision", offer.revision())
                .add("mine", PlatformJson.text(offer.mine()))
                .add("template", PlatformJson.text(offer.template()))));
        return Json.createObjectBuilder().add("updates", all).build();
    }

    @POST
    @Path("{id}/apply")
    @Operation(summary = "Apply a template update", description = "The site's text stays a revision it can restore.")
    public Response apply(@PathParam("id") long id) {
        offers.apply(apiCaller.required(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/keep")
    @Operation(summary = "Keep the site's text", description = "Later template changes are offered again.")
    public Response keep(@PathParam("id") long id) {
        offers.keep(apiCaller.required(), id);
        return Response.noContent().build();
    }
}
