package la.gov.gweb.content;

/** Where an item stands: only published items whose publish time has come are shown to the public. */
public enum ContentStatus {
    DRAFT,
    PUBLISHED
}
