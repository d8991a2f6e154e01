package la.gov.gweb.web.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.menu.MenuKind;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.site.SiteAdministration;
import la.gov.gweb.site.SiteAdministration.MenuLine;

/**
 * {@code /admin/menus}: one menu as rows to edit, drag into order and indent under the row
 * above; saved as a whole, so a half-edited menu never reaches the site.
 */
@Named
@ViewScoped
public class MenuBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SiteAdministration administration;

    @Inject
    ConsoleUser me;

    @Inject
    ConsoleMessages messages;

    private MenuKind kind = MenuKind.MAIN;
    private List<Row> rows;

    /** One editable row; a child is shown indented under the nearest top-level row above it. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String labelLo;
        private String labelEn;
        private String link;
        private boolean child;

        public String getLabelLo() { return labelLo; }
        public void setLabelLo(String labelLo) { this.labelLo = labelLo; }
        public String getLabelEn() { return labelEn; }
        public void setLabelEn(String labelEn) { this.labelEn = labelEn; }
        public String getLink() { return link; }
        public void setLink(String link) { this.link = link; }
        public boolean isChild() { return child; }
        public void setChild(boolean child) { this.child = child; }
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = new ArrayList<>();
            for (MenuLine line : administration.menu(me.caller(), kind)) {
                Row row = new Row();
                row.labelLo = line.label().lo();
                row.labelEn = line.label().en();
                row.link = line.link();
                row.child = line.parent() != null;
                rows.add(row);
            }
        }
        return rows;
    }

    public void add() {
        getRows().add(new Row());
    }

    public void remove(Row row) {
        getRows().remove(row);
    }

    public void save() {
        List<MenuLine> lines = new ArrayList<>();
        Integer parent = null;
        for (int i = 0; i < getRows().size(); i++) {
            Row row = rows.get(i);
            // A child with no top-level row above names itself as parent, which the service refuses.
            Integer parentOfRow = row.child ? (parent == null ? Integer.valueOf(i) : parent) : null;
            lines.add(new MenuLine(LocalizedText.of(row.labelLo, row.labelEn), row.link, parentOfRow));
            if (!row.child) {
                parent = i;
            }
        }
        try {
            administration.saveMenu(me.caller(), kind, lines);
            messages.info("console.saved");
            rows = null;
        } catch (RejectedException refused) {
            messages.refused(refused);
        }
    }

    public List<MenuKind> getKinds() {
        return List.of(MenuKind.values());
    }

    public MenuKind getKind() {
        return kind;
    }

    /** Switching to another menu drops unsaved rows; posting the same menu again keeps them. */
    public void setKind(MenuKind kind) {
        MenuKind chosen = kind == null ? MenuKind.MAIN : kind;
        if (chosen != this.kind) {
            this.kind = chosen;
            rows = null;
        }
    }
}
