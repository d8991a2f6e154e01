package la.gov.gweb.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import la.gov.gweb.account.Caller;
import la.gov.gweb.archive.ImportedSite;
import la.gov.gweb.archive.SiteDeletion;
import la.gov.gweb.archive.SiteExporter;
import la.gov.gweb.archive.SiteImporter;
import la.gov.gweb.tenant.TenantSnapshot;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Site archives on the portal host, for platform admins: {@code GET /{slug}/export} streams the
 * archive, {@code POST /import} (the archive as {@code application/zip}, optional {@code slug} and
 * {@code hosts}) makes a site of it, {@code DELETE /{slug}?confirm=<slug>} deletes a site that was
 * exported since its last change. On a site's host these paths do not exist.
 */
@Path("/v1/platform/tenants")
public class PlatformArchiveResource {

    private static final String ZIP = "application/zip";

    @Inject
    ApiCaller apiCaller;

    @Inject
    SiteExporter exporter;

    @Inject
    SiteImporter importer;

    @Inject
    SiteDeletion deletion;

    @Context
    HttpServletRequest request;

    @GET
    @Path("{slug}/export")
    @Produces({ZIP, MediaType.APPLICATION_JSON})
    @Operation(summary = "Export a site", description = "The site's content, members, scheduled changes and files as"
            + " one ZIP with a manifest of SHA-256 hashes, streamed. Recorded as the site's latest export.")
    public Response export(@PathParam("slug") String slug) {
        Caller caller = apiCaller.platformAdmin(request);
        TenantSnapshot site = exporter.prepare(caller, slug);
        StreamingOutput archive = out -> exporter.write(caller, site, out);
        String name = site.slug().value() + "-" + LocalDate.now(ZoneOffset.UTC) + ".zip";
        return Response.ok(archive, ZIP)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("import")
    @Consumes({ZIP, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a site", description = "Makes a site from an exported archive, all or nothing: as the"
            + " archived slug and hosts, or as the given slug and hosts (comma-separated or repeated).")
    public Response importArchive(InputStream archive,
                                  @Parameter(description = "a new slug") @QueryParam("slug") String slug,
                                  @Parameter(description = "new host names") @QueryParam("hosts") List<String> hosts) {
        ImportedSite imported = importer.importArchive(apiCaller.platformAdmin(request), archive, slug, hosts);
        return Response.created(URI.create(request.getContextPath() + "/api/v1/platform/tenants/"
                        + imported.site().slug().value()))
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(json(imported))
                .build();
    }

    @DELETE
    @Path("{slug}")
    @Operation(summary = "Delete a site", description = "Only with confirm set to the slug, and only when an export"
            + " was made since the site's last change (409 otherwise). Removes schema, catalog row, hosts, index and files.")
    public Response delete(@PathParam("slug") String slug, @QueryParam("confirm") String confirm) {
        deletion.delete(apiCaller.platformAdmin(request), slug, confirm);
        return Response.noContent().build();
    }

    private static JsonObject json(ImportedSite imported) {
        TenantSnapshot site = imported.site();
        JsonArrayBuilder hosts = Json.createArrayBuilder();
        site.hosts().forEach(host -> hosts.add(host.value()));
        JsonObjectBuilder counts = Json.createObjectBuilder();
        imported.counts().forEach(counts::add);
        JsonArrayBuilder missing = Json.createArrayBuilder();
        imported.membersNotFound().forEach(missing::add);
        return Json.createObjectBuilder()
                .add("slug", site.slug().value())
                .add("names", Json.createObjectBuilder().add("lo", site.names().lo()).add("en", site.names().en()))
                .add("hosts", hosts)
                .add("theme", site.theme())
                .add("status", site.status().name())
                .add("imported", counts)
                .add("membersNotFound", missing)
                .build();
    }
}
