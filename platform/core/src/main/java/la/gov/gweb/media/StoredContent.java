package la.gov.gweb.media;

/**
 * An inspected upload with the name it was sent under: what a library row records. Until it is
 * kept under a key it is a temporary file, to be discarded when it is not.
 */
public record StoredContent(String fileName, ReceivedFile received, Inspection inspection) {
}
