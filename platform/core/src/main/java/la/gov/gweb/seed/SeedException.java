package la.gov.gweb.seed;

import java.nio.file.Path;

/** A site folder that cannot be applied, with the file and the reason, for the operator to fix. */
public class SeedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SeedException(Path file, String reason) {
        super(file + ": " + reason);
    }

    public SeedException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
    }
}
