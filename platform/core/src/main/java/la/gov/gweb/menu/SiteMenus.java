package la.gov.gweb.menu;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import la.gov.gweb.persistence.SiteStore;

/** Reads the current site's menus as trees of entries, in display order. */
@RequestScoped
public class SiteMenus {

    @Inject
    @SiteStore
    EntityManager em;

    public List<MenuEntry> menu(MenuKind kind) {
        List<MenuItem> items = em.createQuery("select m from MenuItem m where m.menu = :menu"
                        + " order by m.sortOrder, m.id", MenuItem.class)
                .setParameter("menu", kind)
                .getResultList();
        Map<Long, List<MenuItem>> childrenByParent = new LinkedHashMap<>();
        List<MenuItem> roots = new ArrayList<>();
        for (MenuItem item : items) {
            if (item.parent() == null) {
                roots.add(item);
            } else {
                childrenByParent.computeIfAbsent(item.parent().id(), id -> new ArrayList<>()).add(item);
            }
        }
        return roots.stream().map(root -> entry(root, childrenByParent)).toList();
    }

    private static MenuEntry entry(MenuItem item, Map<Long, List<MenuItem>> childrenByParent) {
        List<MenuEntry> children = childrenByParent.getOrDefault(item.id(), List.of()).stream()
                .map(child -> entry(child, childrenByParent))
                .toList();
        return new MenuEntry(item.label(), item.link(), children);
    }
}
