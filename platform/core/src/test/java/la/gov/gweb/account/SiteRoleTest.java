package la.gov.gweb.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class SiteRoleTest {

    @ParameterizedTest
    @CsvSource({"AUTHOR, author", "EDITOR, editor", "SITE_ADMIN, site-admin"})
    void groupNamesAreLowerCaseWithHyphens(SiteRole role, String group) {
        assertEquals(group, role.group());
    }

    @Test
    void eachRoleIncludesTheOnesBeforeIt() {
        assertEquals(EnumSet.of(SiteRole.AUTHOR), SiteRole.AUTHOR.withIncluded());
        assertEquals(EnumSet.of(SiteRole.AUTHOR, SiteRole.EDITOR), SiteRole.EDITOR.withIncluded());
        assertEquals(EnumSet.allOf(SiteRole.class), SiteRole.SITE_ADMIN.withIncluded());
    }

    @ParameterizedTest
    @CsvSource({
            "AUTHOR, AUTHOR, true", "AUTHOR, EDITOR, false", "AUTHOR, SITE_ADMIN, false",
            "EDITOR, AUTHOR, true", "EDITOR, EDITOR, true", "EDITOR, SITE_ADMIN, false",
            "SITE_ADMIN, AUTHOR, true", "SITE_ADMIN, EDITOR, true", "SITE_ADMIN, SITE_ADMIN, true"})
    void includesFollowsTheOrderOfRoles(SiteRole role, SiteRole other, boolean included) {
        assertEquals(included, role.includes(other));
        assertEquals(included, role.withIncluded().contains(other));
    }
}
