package la.gov.gweb.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import la.gov.gweb.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

final class TenantDefinitionTest {

    private static final TenantSlug SLUG = TenantSlug.of("mtc");
    private static final LocalizedText NAMES = LocalizedText.of("ກະຊວງ", "Ministry");

    private static TenantDefinition definition(LocalizedText names, List<HostName> hosts) {
        return new TenantDefinition(SLUG, TenantStatus.ACTIVE, "gweb-standard", names, hosts);
    }

    @Test
    void validDefinitionKeepsHostsInOrderWithPrimaryFirst() {
        TenantDefinition definition = definition(NAMES,
                List.of(HostName.of("mtc.gov.la"), HostName.of("www.mtc.gov.la")));
        assertEquals(HostName.of("mtc.gov.la"), definition.hosts().get(0));
        assertEquals(2, definition.hosts().size());
    }

    @Test
    void hostsAreCopiedSoLaterChangesDoNotLeakIn() {
        List<HostName> hosts = new ArrayList<>(List.of(HostName.of("mtc.gov.la")));
        TenantDefinition definition = definition(NAMES, hosts);
        hosts.add(HostName.of("other.gov.la"));
        assertEquals(1, definition.hosts().size());
        assertThrows(UnsupportedOperationException.class, () -> definition.hosts().add(HostName.of("x.la")));
    }

    @Test
    void duplicateHostIsRejected() {
        List<HostName> hosts = List.of(HostName.of("mtc.gov.la"), HostName.of("www.mtc.gov.la"),
                HostName.of("MTC.gov.la."));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> definition(NAMES, hosts));
        assertTrue(e.getMessage().contains("mtc"), e.getMessage());
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
    }

    @Test
    void emptyHostListIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> definition(NAMES, List.of()));
    }

    @Test
    void missingEnglishNameIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> definition(LocalizedText.of("ກະຊວງ", null), List.of(HostName.of("mtc.gov.la"))));
        assertTrue(e.getMessage().contains("Lao and in English"), e.getMessage());
    }

    @Test
    void missingLaoNameIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> definition(LocalizedText.of(" ", "Ministry"), List.of(HostName.of("mtc.gov.la"))));
    }

    @Test
    void missingNamesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> definition(LocalizedText.of(null, null), List.of(HostName.of("mtc.gov.la"))));
    }

    @Test
    void requiredFieldsMustNotBeNull() {
        List<HostName> hosts = List.of(HostName.of("mtc.gov.la"));
        assertThrows(NullPointerException.class,
                () -> new TenantDefinition(null, TenantStatus.ACTIVE, "gweb-standard", NAMES, hosts));
        assertThrows(NullPointerException.class,
                () -> new TenantDefinition(SLUG, null, "gweb-standard", NAMES, hosts));
        assertThrows(NullPointerException.class,
                () -> new TenantDefinition(SLUG, TenantStatus.ACTIVE, null, NAMES, hosts));
        assertThrows(NullPointerException.class,
                () -> new TenantDefinition(SLUG, TenantStatus.ACTIVE, "gweb-standard", null, hosts));
        assertThrows(NullPointerException.class,
                () -> new TenantDefinition(SLUG, TenantStatus.ACTIVE, "gweb-standard", NAMES, null));
    }
}
