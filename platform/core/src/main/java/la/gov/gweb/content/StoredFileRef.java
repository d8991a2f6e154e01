package la.gov.gweb.content;

/** A file kept in a site's file store, as content refers to it. */
public record StoredFileRef(String storageKey, String fileName, String mediaType, long byteSize, String sha256) {
}
