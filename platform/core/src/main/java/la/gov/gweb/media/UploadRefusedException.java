package la.gov.gweb.media;

/** An upload that is not stored, with a message key for the user (too large, type not allowed). */
public class UploadRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] arguments;

    public UploadRefusedException(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
