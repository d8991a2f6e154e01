package la.gov.gweb.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import la.gov.gweb.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

/** Changes to a catalog entry: host names replaced whole with the first as primary, names, theme, status. */
final class TenantChangeTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static Tenant tenant(String... hosts) {
        return new Tenant(new TenantDefinition(TenantSlug.of("prov"), TenantStatus.ACTIVE, "gweb-standard",
                LocalizedText.of("ແຂວງ", "Province"), List.of(hosts).stream().map(HostName::of).toList(), "province"),
                "gweb_site_prov", NOW);
    }

    private static List<String> hosts(Tenant tenant) {
        return tenant.snapshot().hosts().stream().map(HostName::value).toList();
    }

    @Test
    void newHostsReplaceTheOldOnesAndTheFirstIsPrimary() {
        Tenant tenant = tenant("prov.localhost", "www.prov.localhost");
        tenant.changeHosts(List.of(HostName.of("new.localhost"), HostName.of("prov.localhost")), NOW);
        assertEquals(List.of("new.localhost", "prov.localhost"), hosts(tenant));
        assertEquals(HostName.of("new.localhost"), tenant.snapshot().primaryHost());
    }

    @Test
    void reorderingKeepsTheSameHostsAndMovesThePrimary() {
        Tenant tenant = tenant("a.localhost", "b.localhost", "c.localhost");
        tenant.changeHosts(List.of(HostName.of("c.localhost"), HostName.of("a.localhost"), HostName.of("b.localhost")),
                NOW);
        assertEquals(HostName.of("c.localhost"), tenant.snapshot().primaryHost());
        assertEquals(3, hosts(tenant).size());
    }

    @Test
    void namesThemeStatusAndTemplateAreKeptInTheSnapshot() {
        Tenant tenant = tenant("prov.localhost");
        tenant.rename(LocalizedText.of("ແຂວງໃໝ່", "New Province"), NOW);
        tenant.changeTheme("gweb-standard", NOW);
        tenant.changeStatus(TenantStatus.SUSPENDED, NOW);
        TenantSnapshot snapshot = tenant.snapshot();
        assertEquals("New Province", snapshot.names().en());
        assertEquals(TenantStatus.SUSPENDED, snapshot.status());
        assertEquals("province", snapshot.template());
    }
}
