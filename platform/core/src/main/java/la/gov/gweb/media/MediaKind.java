package la.gov.gweb.media;

/** What the library filters by: pictures, or documents to download. */
public enum MediaKind {
    IMAGE,
    DOCUMENT;

    public static MediaKind of(String mediaType) {
        return mediaType != null && mediaType.startsWith("image/") ? IMAGE : DOCUMENT;
    }
}
