package la.gov.gweb.i18n;

/**
 * A text as it will be shown, with the language it is actually in. When that differs from the
 * language asked for, the text is a fallback and the page must mark it (its {@code lang}
 * attribute and a notice) instead of passing it off as a translation.
 */
public record Translation(String text, Language language, boolean fallback) {

    public static final Translation EMPTY = new Translation("", Language.DEFAULT, false);

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
