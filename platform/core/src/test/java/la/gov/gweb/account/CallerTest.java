package la.gov.gweb.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class CallerTest {

    @ParameterizedTest
    @EnumSource(SiteRole.class)
    void aMemberActsInTheirOwnRole(SiteRole role) {
        Caller caller = new Caller("somchai", Optional.of(role), false);
        assertEquals(Optional.of(role), caller.effectiveRole());
        for (SiteRole needed : SiteRole.values()) {
            assertEquals(role.includes(needed), caller.may(needed), needed.name());
        }
    }

    @Test
    void aPlatformAdminWithoutMembershipCountsAsSiteAdmin() {
        Caller admin = new Caller("root", Optional.empty(), true);
        assertEquals(Optional.of(SiteRole.SITE_ADMIN), admin.effectiveRole());
        for (SiteRole needed : SiteRole.values()) {
            assertTrue(admin.may(needed), needed.name());
        }
    }

    @Test
    void aPlatformAdminWhoIsAlsoAnAuthorStillCountsAsSiteAdmin() {
        Caller admin = new Caller("root", Optional.of(SiteRole.AUTHOR), true);
        assertEquals(Optional.of(SiteRole.SITE_ADMIN), admin.effectiveRole());
        assertTrue(admin.may(SiteRole.SITE_ADMIN));
    }

    @Test
    void aCallerWithoutRoleMayDoNothingAndHasNoGroups() {
        Caller outsider = new Caller("visitor", Optional.empty(), false);
        assertEquals(Optional.empty(), outsider.effectiveRole());
        for (SiteRole needed : SiteRole.values()) {
            assertFalse(outsider.may(needed), needed.name());
        }
        assertEquals(Set.of(), outsider.groups());
    }

    @Test
    void groupsListTheRoleWithEveryIncludedRole() {
        assertEquals(List.of("author"), List.copyOf(new Caller("a", Optional.of(SiteRole.AUTHOR), false).groups()));
        assertEquals(List.of("author", "editor"),
                List.copyOf(new Caller("e", Optional.of(SiteRole.EDITOR), false).groups()));
        assertEquals(List.of("author", "editor", "site-admin"),
                List.copyOf(new Caller("s", Optional.of(SiteRole.SITE_ADMIN), false).groups()));
    }

    @Test
    void aPlatformAdminHasEverySiteGroupAndThePlatformGroup() {
        assertEquals(List.of("author", "editor", "site-admin", Caller.PLATFORM_ADMIN_GROUP),
                List.copyOf(new Caller("root", Optional.empty(), true).groups()));
        assertEquals("platform-admin", Caller.PLATFORM_ADMIN_GROUP);
    }

    @ParameterizedTest
    @EnumSource(SiteRole.class)
    void fromGroupsRebuildsAMember(SiteRole role) {
        Caller member = new Caller("somchai", Optional.of(role), false);
        assertEquals(member, Caller.fromGroups("somchai", member.groups()));
    }

    @Test
    void fromGroupsRebuildsACallerWithoutRole() {
        Caller outsider = new Caller("visitor", Optional.empty(), false);
        assertEquals(outsider, Caller.fromGroups("visitor", outsider.groups()));
    }

    @Test
    void fromGroupsRebuildsAPlatformAdminWithTheSameRightsAndGroups() {
        Caller admin = new Caller("root", Optional.empty(), true);
        Caller rebuilt = Caller.fromGroups("root", admin.groups());
        assertTrue(rebuilt.platformAdmin());
        assertEquals(admin.effectiveRole(), rebuilt.effectiveRole());
        assertEquals(admin.groups(), rebuilt.groups());
    }

    @Test
    void fromGroupsTakesTheHighestRoleAndIgnoresUnknownGroups() {
        assertEquals(new Caller("k", Optional.of(SiteRole.SITE_ADMIN), false),
                Caller.fromGroups("k", Set.of("author", "site-admin", "staff")));
        assertEquals(new Caller("k", Optional.of(SiteRole.EDITOR), false), Caller.fromGroups("k", Set.of("editor")));
        assertEquals(new Caller("k", Optional.empty(), false), Caller.fromGroups("k", Set.of("staff", "EDITOR")));
    }

    @Test
    void fromGroupsWithOnlyThePlatformGroupGivesASiteAdminEverywhere() {
        Caller admin = Caller.fromGroups("root", Set.of(Caller.PLATFORM_ADMIN_GROUP));
        assertEquals(Optional.empty(), admin.role());
        assertTrue(admin.platformAdmin());
        assertTrue(admin.may(SiteRole.SITE_ADMIN));
    }
}
