package la.gov.gweb.media;

import java.nio.file.Path;

/**
 * An upload written to a temporary file in the site's folder, not yet under any key: it is
 * inspected there and then kept under its key or discarded.
 */
public record ReceivedFile(Path temporary, long size, String sha256) {
}
