package la.gov.gweb.web.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import la.gov.gweb.config.PlatformSettings;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.persistence.ConfiguredDataSource;
import la.gov.gweb.persistence.SchemaMigrations;
import la.gov.gweb.tenant.HostName;
import la.gov.gweb.tenant.TenantCatalog;
import la.gov.gweb.tenant.TenantDefinition;
import la.gov.gweb.tenant.TenantProvisioning;
import la.gov.gweb.tenant.TenantSlug;
import la.gov.gweb.tenant.TenantSnapshot;
import la.gov.gweb.tenant.TenantStatus;
import la.gov.gweb.tenant.UnknownTenantException;

/**
 * Test-only endpoints, deployed with the test archive only and reached on the portal host: they
 * set up sites through the platform's real services so that the tests can probe them over HTTP.
 */
@WebServlet("/it-fixtures/*")
public class ItFixtures extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    TenantProvisioning provisioning;

    @Inject
    TenantCatalog catalog;

    @Inject
    SchemaMigrations migrations;

    @Inject
    ItContent content;

    @Inject
    PlatformSettings settings;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        switch (request.getPathInfo()) {
            case "/sites" -> reply(response, createSite(request));
            case "/pages" -> reply(response, String.valueOf(content.createPage(site(request), request.getParameter("path"),
                    request.getParameter("titleLo"), request.getParameter("bodyLo"),
                    request.getParameter("titleEn"), request.getParameter("bodyEn"))));
            case "/attachments" -> reply(response, String.valueOf(content.attach(site(request),
                    Long.parseLong(request.getParameter("id")), request.getParameter("fileName"),
                    Base64.getDecoder().decode(request.getParameter("base64")))));
            case "/status" -> reply(response, provisioning.changeStatus(TenantSlug.of(request.getParameter("slug")),
                    TenantStatus.valueOf(request.getParameter("status"))).status().name());
            case "/lose-store" -> {
                migrations.dropTenantSchema(site(request).schemaName());
                reply(response, "dropped");
            }
            default -> response.sendError(404);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getPathInfo()) {
            case "/titles" -> reply(response, content.titleLo(site(request), Long.parseLong(request.getParameter("id"))));
            case "/migrate" -> reply(response, String.valueOf(migrations.migrateTenant(site(request).schemaName())));
            case "/history" -> reply(response, String.join("\n", request.getParameter("slug") == null
                    ? migrations.platformHistory() : migrations.tenantHistory(site(request).schemaName())));
            case "/schemas" -> reply(response, String.join("\n", list("SELECT schema_name FROM information_schema.schemata")));
            case "/tables" -> reply(response, String.join("\n", list("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = '" + site(request).schemaName() + "'")));
            case "/sites" -> reply(response, String.join("\n", catalog.all().stream()
                    .map(t -> t.slug() + " " + t.status() + " " + t.hosts()).toList()));
            default -> response.sendError(404);
        }
    }

    /** The first column of a query, read through a connection of its own as an operator would. */
    private List<String> list(String query) throws IOException {
        try (Connection connection = new ConfiguredDataSource(settings).getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1).toLowerCase(Locale.ROOT));
            }
            return names;
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    private String createSite(HttpServletRequest request) {
        TenantSlug slug = TenantSlug.of(request.getParameter("slug"));
        if (catalog.find(slug).isPresent()) {
            return "exists";
        }
        String theme = request.getParameter("theme");
        provisioning.create(new TenantDefinition(slug, TenantStatus.ACTIVE, theme == null ? "gweb-standard" : theme,
                LocalizedText.of("ເວັບໄຊທົດສອບ " + slug, "Test site " + slug),
                List.of(HostName.of(request.getParameter("host")))));
        return "created";
    }

    private TenantSnapshot site(HttpServletRequest request) {
        TenantSlug slug = TenantSlug.of(request.getParameter("slug"));
        return catalog.find(slug).orElseThrow(() -> new UnknownTenantException(slug));
    }

    private static void reply(HttpServletResponse response, String text) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }
}
