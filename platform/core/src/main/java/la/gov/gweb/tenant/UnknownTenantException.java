package la.gov.gweb.tenant;

/** No site has the given slug. */
public class UnknownTenantException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownTenantException(TenantSlug slug) {
        super("No site has the slug '" + slug + "'");
    }
}
