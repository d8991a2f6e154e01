package la.gov.gweb.web.console;

import java.io.Serializable;

/** One uploaded file's result on the media screen: stored, or refused with the reason, in the webmaster's language. */
public record UploadOutcome(boolean stored, String message) implements Serializable {
}
