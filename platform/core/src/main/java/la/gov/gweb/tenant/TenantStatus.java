package la.gov.gweb.tenant;

/**
 * Whether a site answers its readers: a suspended site answers every request with 503; an
 * archived one too, and the portal no longer lists it, but the platform console keeps it.
 */
public enum TenantStatus {
    ACTIVE,
    SUSPENDED,
    ARCHIVED
}
