package la.gov.gweb.tenant;

/** A site cannot be created because its slug or a host name already belongs to another site. */
public class TenantConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TenantConflictException(String message) {
        super(message);
    }
}
