package la.gov.gweb.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import la.gov.gweb.account.Access;
import la.gov.gweb.account.Caller;
import la.gov.gweb.account.SiteRole;
import la.gov.gweb.audit.AuditLog;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.menu.MenuItem;
import la.gov.gweb.menu.MenuKind;
import la.gov.gweb.persistence.SiteStore;
import la.gov.gweb.refusal.Problem;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.refusal.RejectedException.Reason;
import la.gov.gweb.tenant.CurrentTenant;

/**
 * What a site admin changes about the site itself: its settings and its menus. Every change is
 * checked (links are site paths or http(s) URLs, an e-mail looks like one) and audited.
 */
@RequestScoped
public class SiteAdministration {

    private static final Pattern SITE_PATH = Pattern.compile("/[a-z0-9/-]{0,200}");
    private static final Pattern WEB_URL = Pattern.compile("https?://[^\\s\"<>]{1,480}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[a-z]{2,}");

    /** One line of a menu as the editor shows it: children name the position of their parent. */
    public record MenuLine(LocalizedText label, String link, Integer parent) {
    }

    @Inject
    @SiteStore
    EntityManager em;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    AuditLog audit;

    @Transactional
    public SiteSettings settings(Caller caller) {
        Access.require(caller, SiteRole.SITE_ADMIN);
        em.joinTransaction();
        SiteSettings settings = em.find(SiteSettings.class, SiteSettings.ROW);
        if (settings == null) {
            settings = SiteSettings.empty();
            em.persist(settings);
        }
        return settings;
    }

    @Transactional
    public void saveSettings(Caller caller, SettingsChange change) {
        List<Problem> problems = new ArrayList<>();
        String email = change.email();
        if (email != null && !email.isBlank() && !EMAIL.matcher(email.strip()).matches()) {
            problems.add(Problem.of("email", "site.email.invalid"));
        }
        Map<String, String> links = new LinkedHashMap<>();
        change.social().forEach((network, url) -> {
            if (url != null && !url.isBlank()) {
                if (!WEB_URL.matcher(url.strip()).matches()) {
                    problems.add(Problem.of(network, "site.url.invalid", url));
                }
                links.put(network, url.strip());
            }
        });
        if (!problems.isEmpty()) {
            throw new RejectedException(Reason.INVALID, problems);
        }
        SiteSettings settings = settings(caller);
        settings.change(change.address(), blankToNull(change.phone()), blankToNull(email),
                blankToNull(change.logo()), links);
        settings.changeAppearance(change.colour(), change.digits());
        audit.record(currentTenant.get().slug(), caller.username(), "site.settings", null, null, null);
    }

    /** The menu as the editor lists it: each top-level link followed by its children, in order. */
    public List<MenuLine> menu(Caller caller, MenuKind kind) {
        Access.require(caller, SiteRole.SITE_ADMIN);
        List<MenuItem> items = items(kind);
        List<MenuLine> lines = new ArrayList<>();
        for (MenuItem root : items) {
            if (root.parent() == null) {
                int rootIndex = lines.size();
                lines.add(new MenuLine(root.label(), root.link(), null));
                items.stream().filter(child -> child.parent() == root)
                        .forEach(child -> lines.add(new MenuLine(child.label(), child.link(), rootIndex)));
            }
        }
        return lines;
    }

    /** Replaces a menu with the given lines, in their order; a child's parent must come before it. */
    @Transactional
    public void saveMenu(Caller caller, MenuKind kind, List<MenuLine> lines) {
        Access.require(caller, SiteRole.SITE_ADMIN);
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            MenuLine line = lines.get(i);
            if (line.label() == null || line.label().isEmpty()) {
                problems.add(Problem.of("menu." + i, "menu.label.required", i + 1));
            }
            String link = line.link() == null ? "" : line.link().strip();
            if (!SITE_PATH.matcher(link).matches() && !WEB_URL.matcher(link).matches()) {
                problems.add(Problem.of("menu." + i, "menu.link.invalid", i + 1));
            }
            if (line.parent() != null && (line.parent() >= i || lines.get(line.parent()).parent() != null)) {
                problems.add(Problem.of("menu." + i, "menu.parent.invalid", i + 1));
            }
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(Reason.INVALID, problems);
        }
        em.joinTransaction();
        items(kind).stream().filter(item -> item.parent() != null).forEach(em::remove);
        em.flush();
        items(kind).forEach(em::remove);
        em.flush();
        List<MenuItem> saved = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            MenuLine line = lines.get(i);
            MenuItem item = new MenuItem(kind, line.parent() == null ? null : saved.get(line.parent()), i, line.label(),
                    line.link().strip());
            em.persist(item);
            saved.add(item);
        }
        audit.record(currentTenant.get().slug(), caller.username(), "site.menu", kind.name(), null, lines.size() + " links");
    }

    private List<MenuItem> items(MenuKind kind) {
        return em.createQuery("select m from MenuItem m where m.menu = :menu order by m.sortOrder, m.id", MenuItem.class)
                .setParameter("menu", kind)
                .getResultList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
