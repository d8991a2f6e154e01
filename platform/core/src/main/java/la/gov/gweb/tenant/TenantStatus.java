package la.gov.gweb.tenant;

/** Whether a site answers its readers: a suspended site answers every request with 503. */
public enum TenantStatus {
    ACTIVE,
    SUSPENDED
}
