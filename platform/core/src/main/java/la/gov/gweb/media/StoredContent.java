package la.gov.gweb.media;

/** An inspected upload with the name it was sent under: what a library row records. */
record StoredContent(String fileName, ReceivedFile received, Inspection inspection) {
}
