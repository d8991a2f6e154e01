package la.gov.gweb.account;

/** A member of a site as the site admin sees it. */
public record Member(String username, String displayName, SiteRole role) {
}
