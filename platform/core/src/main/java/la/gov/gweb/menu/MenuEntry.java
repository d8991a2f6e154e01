package la.gov.gweb.menu;

import java.util.List;
import la.gov.gweb.i18n.LocalizedText;

/** A menu link as the layout shows it, with the links under it. */
public record MenuEntry(LocalizedText label, String link, List<MenuEntry> children) {

    public MenuEntry {
        children = List.copyOf(children);
    }
}
