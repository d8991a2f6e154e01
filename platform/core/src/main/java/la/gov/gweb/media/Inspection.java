package la.gov.gweb.media;

/**
 * What an accepted upload turned out to be: its type detected from the content and, for images,
 * its size in pixels (null when unknown, as for documents).
 */
public record Inspection(String mediaType, Integer width, Integer height) {

    public boolean isImage() {
        return MediaKind.of(mediaType) == MediaKind.IMAGE;
    }
}
