package la.gov.gweb.platform;

/**
 * A template update waiting for a site admin's choice: the site's page as it is, next to the
 * template page's later revision as the site would get it.
 */
public record TemplateOffer(long itemId, String path, int revision, PageText mine, PageText template) {
}
