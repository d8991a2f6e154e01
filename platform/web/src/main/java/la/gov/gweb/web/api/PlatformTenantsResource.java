package la.gov.gweb.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import la.gov.gweb.account.Caller;
import la.gov.gweb.platform.PlatformSites;
import la.gov.gweb.platform.SiteCreated;
import la.gov.gweb.platform.SiteCreation;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/platform/tenants} on the portal host, for platform admins: create a site from a
 * template, list the sites, read one, and change its status, names, host names or theme.
 */
@Path("/v1/platform/tenants")
@Produces(MediaType.APPLICATION_JSON)
public class PlatformTenantsResource {

    @Inject
    ApiCaller apiCaller;

    @Inject
    SiteCreation creation;

    @Inject
    PlatformSites sites;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a site", description = "Portal host, platform admin token. Body: {slug, names: {lo, en},"
            + " hosts: [...], theme?, template: ministry|province|agency, brand?: {colour?, logo?: {fileName?, data}},"
            + " admin: {username, name?, email?, password?}}. brand.logo.data is the logo file in base64 (line breaks"
            + " allowed): a JPEG, PNG, WebP or GIF image typed from its content, at most GWEB_UPLOAD_MAX_BYTES, shown"
            + " in the site's header and kept in its media library; without it the site shows the G-Web emblem."
            + " 201 with the site once it answers on its hosts; a new admin without a password gets a generated one,"
            + " returned in this answer only. 400 invalid (a logo that is empty, not base64, not such an image,"
            + " damaged or too large: field brand.logo), 409 slug, host or account taken; a refusal creates nothing.")
    public Response create(JsonObject body) {
        Caller caller = apiCaller.platformAdmin(request);
        SiteCreated created = creation.create(caller, PlatformJson.newSite(ApiCaller.body(body)));
        String slug = created.site().slug().value();
        JsonObjectBuilder admin = Json.createObjectBuilder()
                .add("username", created.adminUsername())
                .add("created", created.adminCreated());
        created.generatedPassword().ifPresent(password -> admin.add("password", password));
        return Response.created(URI.create(request.getContextPath() + "/api/v1/platform/tenants/" + slug))
                .header("Cache-Control", "no-store")
                .entity(PlatformJson.site(sites.find(caller, slug)).add("admin", admin).build())
                .build();
    }

    @GET
    @Operation(summary = "List sites", description = "Every site with its status, hosts, theme, template,"
            + " content counts and last publish.")
    public JsonObject list() {
        Caller caller = apiCaller.platformAdmin(request);
        JsonArrayBuilder all = Json.createArrayBuilder();
        sites.list(caller).forEach(site -> all.add(PlatformJson.site(site)));
        return Json.createObjectBuilder().add("sites", all).build();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Read a site")
    public JsonObject get(@PathParam("slug") String slug) {
        return PlatformJson.site(sites.find(apiCaller.platformAdmin(request), slug)).build();
    }

    @PATCH
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a site", description = "Any of status (active|suspended), names {lo, en}, hosts"
            + " (the whole list, primary first) and theme, checked like a new site's.")
    public JsonObject change(@PathParam("slug") String slug, JsonObject body) {
        Caller caller = apiCaller.platformAdmin(request);
        return PlatformJson.site(sites.change(caller, slug, PlatformJson.change(ApiCaller.body(body)))).build();
    }
}
