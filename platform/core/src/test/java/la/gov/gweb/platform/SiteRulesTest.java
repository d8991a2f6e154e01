package la.gov.gweb.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.refusal.RejectedException.Reason;
import la.gov.gweb.tenant.HostName;
import la.gov.gweb.tenant.TenantSlug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class SiteRulesTest {

    /** A platform with the site mtc on mtc.gov.la, the account admin-mtc and the standard theme. */
    private static final SiteRules.Platform PLATFORM = new SiteRules.Platform() {
        @Override
        public boolean slugTaken(String slug) {
            return slug.equals("mtc");
        }

        @Override
        public Optional<TenantSlug> hostOwner(HostName host) {
            return Optional.ofNullable(Map.of("mtc.gov.la", TenantSlug.of("mtc")).get(host.value()));
        }

        @Override
        public boolean accountExists(String username) {
            return username.strip().equalsIgnoreCase("admin-mtc");
        }

        @Override
        public boolean themeInstalled(String theme) {
            return Set.of("gweb-standard").contains(theme);
        }

        @Override
        public HostName portalHost() {
            return HostName.of("gov.la");
        }
    };

    private static final LocalizedText NAMES = LocalizedText.of("ກະຊວງສາທາລະນະສຸກ", "Ministry of Health");
    private static final NewSite.Admin NEW_ADMIN = new NewSite.Admin("moh-admin", "Health webmaster",
            "web@moh.gov.la", null);

    private static NewSite site(String slug, List<String> hosts) {
        return new NewSite(slug, NAMES, hosts, null, "ministry", "green", NEW_ADMIN);
    }

    private static RejectedException refused(NewSite site) {
        return assertThrows(RejectedException.class, () -> SiteRules.checkNew(site, PLATFORM));
    }

    private static List<String> keys(RejectedException refused) {
        return refused.problems().stream().map(Problem::key).toList();
    }

    @Test
    void aCompleteRequestPasses() {
        assertDoesNotThrow(() -> SiteRules.checkNew(site("moh", List.of("moh.gov.la", "www.moh.gov.la")), PLATFORM));
    }

    @Test
    void anExistingAccountIsNamedByItsUserNameAlone() {
        NewSite site = new NewSite("moh", NAMES, List.of("moh.gov.la"), "gweb-standard", "province", null,
                new NewSite.Admin("Admin-MTC", null, null, null));
        assertDoesNotThrow(() -> SiteRules.checkNew(site, PLATFORM));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mtc", "MTC", "Mtc", " mtc "})
    void aTakenSlugIsAConflictAlsoInAnotherCase(String slug) {
        RejectedException refused = refused(site(slug, List.of("moh.gov.la")));
        assertEquals(Reason.CONFLICT, refused.reason());
        assertEquals(List.of("site.slug.taken"), keys(refused));
        assertEquals(List.of("mtc"), refused.problems().get(0).arguments());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "m", "1moh", "moh--health", "moh_health", "ກະຊວງ", "moh-", "a-very-long-slug-over-thirty-chars"})
    void anInvalidSlugIsRefused(String slug) {
        RejectedException refused = refused(site(slug, List.of("moh.gov.la")));
        assertEquals(Reason.INVALID, refused.reason());
        assertEquals(List.of("site.slug.invalid"), keys(refused));
    }

    @Test
    void aHostOfAnotherSiteIsAConflictWhateverItsCase() {
        RejectedException refused = refused(site("moh", List.of("moh.gov.la", "MTC.gov.la.")));
        assertEquals(Reason.CONFLICT, refused.reason());
        assertEquals(List.of("site.host.taken"), keys(refused));
        assertEquals(List.of("mtc.gov.la", "mtc"), refused.problems().get(0).arguments());
    }

    @Test
    void aHostListedTwiceInDifferentCaseIsRefused() {
        RejectedException refused = refused(site("moh", List.of("moh.gov.la", "MOH.gov.la")));
        assertEquals(Reason.INVALID, refused.reason());
        assertEquals(List.of("site.host.duplicate"), keys(refused));
    }

    @Test
    void invalidHostsThePortalHostAndNoHostAtAllAreRefused() {
        assertEquals(List.of("site.host.invalid", "site.host.invalid"),
                keys(refused(site("moh", List.of("moh_gov.la", "-moh.gov.la")))));
        assertEquals(List.of("site.host.portal"), keys(refused(site("moh", List.of("GOV.LA")))));
        assertEquals(List.of("site.hosts.required"), keys(refused(site("moh", List.of()))));
    }

    @Test
    void namesThemeTemplateAndColourAreChecked() {
        NewSite site = new NewSite("moh", LocalizedText.of("ກະຊວງ", " "), List.of("moh.gov.la"), "pink-theme",
                "district", "pink", NEW_ADMIN);
        RejectedException refused = refused(site);
        assertEquals(List.of("site.names.required", "site.theme.unknown", "site.template.unknown",
                "site.colour.unknown"), keys(refused));
        assertEquals("ministry, province, agency", refused.problems().get(2).arguments().get(1));
    }

    @Test
    void aNameOverThreeHundredCharactersIsRefused() {
        NewSite site = new NewSite("moh", LocalizedText.of("ກ".repeat(301), "Health"), List.of("moh.gov.la"), null,
                "agency", null, NEW_ADMIN);
        assertEquals(List.of("site.name.tooLong"), keys(refused(site)));
    }

    @Test
    void aNewAdminNeedsAValidUserNameANameAGoodAddressAndALongPassword() {
        assertEquals(List.of("site.admin.required"), keys(refused(withAdmin(null))));
        assertEquals(List.of("member.username.invalid"),
                keys(refused(withAdmin(new NewSite.Admin("no spaces", "Name", null, null)))));
        assertEquals(List.of("site.admin.name.required", "site.admin.email.invalid", "member.password.short"),
                keys(refused(withAdmin(new NewSite.Admin("new-admin", " ", "not-an-address", "short")))));
    }

    @Test
    void anExistingAccountGivenWithNewAccountDetailsIsAConflictNotATakeover() {
        RejectedException refused = refused(withAdmin(new NewSite.Admin("admin-mtc", "Someone", null, "password123")));
        assertEquals(Reason.CONFLICT, refused.reason());
        assertEquals(List.of("site.admin.exists"), keys(refused));
    }

    @Test
    void invalidInputWinsOverConflictsAndEveryProblemIsReported() {
        NewSite site = new NewSite("mtc", NAMES, List.of("mtc.gov.la", "bad_host"), null, "ministry", null, NEW_ADMIN);
        RejectedException refused = refused(site);
        assertEquals(Reason.INVALID, refused.reason());
        assertEquals(List.of("site.host.invalid", "site.slug.taken", "site.host.taken"), keys(refused));
    }

    @Test
    void aChangeMayKeepTheSitesOwnHostsButNotTakeAnothers() {
        TenantSlug mtc = TenantSlug.of("mtc");
        assertDoesNotThrow(() -> SiteRules.checkChange(mtc, null, List.of("new.mtc.gov.la", "mtc.gov.la"), null,
                PLATFORM));
        RejectedException refused = assertThrows(RejectedException.class, () -> SiteRules.checkChange(
                TenantSlug.of("moh"), NAMES, List.of("mtc.gov.la"), "gweb-standard", PLATFORM));
        assertEquals(Reason.CONFLICT, refused.reason());
        assertEquals(List.of("site.names.required"), keys(assertThrows(RejectedException.class,
                () -> SiteRules.checkChange(mtc, LocalizedText.of(null, "Only English"), null, null, PLATFORM))));
    }

    private static NewSite withAdmin(NewSite.Admin admin) {
        return new NewSite("moh", NAMES, List.of("moh.gov.la"), null, "ministry", null, admin);
    }
}
