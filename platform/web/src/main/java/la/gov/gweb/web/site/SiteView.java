package la.gov.gweb.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import la.gov.gweb.i18n.Language;
import la.gov.gweb.i18n.LocalizedDates;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.i18n.Translation;
import la.gov.gweb.media.MediaLibrary;
import la.gov.gweb.menu.MenuEntry;
import la.gov.gweb.menu.MenuKind;
import la.gov.gweb.menu.SiteMenus;
import la.gov.gweb.persistence.SiteStore;
import la.gov.gweb.site.SiteSettings;
import la.gov.gweb.tenant.CurrentTenant;
import la.gov.gweb.tenant.TenantSnapshot;
import la.gov.gweb.web.routing.CurrentRoute;
import la.gov.gweb.web.routing.Route;

/**
 * {@code #{site}}: the site of the request in the reader's language, for the layout. Builds
 * every link in the current language, so that a reader stays in the language they chose.
 */
@Named("site")
@RequestScoped
public class SiteView {

    @Inject
    CurrentTenant currentTenant;

    @Inject
    CurrentRoute currentRoute;

    @Inject
    SiteMenus menus;

    @Inject
    @SiteStore
    EntityManager em;

    @Inject
    HttpServletRequest request;

    @Inject
    Themes themes;

    @Inject
    MediaLibrary media;

    private SiteSettings settings;
    private List<MenuEntry> mainMenu;
    private List<MenuEntry> footerMenu;

    public TenantSnapshot getTenant() {
        return currentTenant.get();
    }

    public Language getLanguage() {
        Route route = currentRoute.getRoute();
        return route == null ? Language.DEFAULT : route.language();
    }

    public Locale getLocale() {
        return getLanguage().locale();
    }

    public String getTheme() {
        return themes.contractFor(getTenant().theme());
    }

    public Translation getName() {
        return text(getTenant().names());
    }

    /** The site's name in the language the reader is not reading, shown beside the main one. */
    public Translation getOtherName() {
        return getTenant().names().in(getLanguage().other());
    }

    public SiteSettings getSettings() {
        if (settings == null) {
            settings = storeUnavailable() ? null : em.find(SiteSettings.class, SiteSettings.ROW);
            if (settings == null) {
                settings = SiteSettings.empty();
            }
        }
        return settings;
    }

    public List<MenuEntry> getMainMenu() {
        if (mainMenu == null) {
            mainMenu = storeUnavailable() ? List.of() : menus.menu(MenuKind.MAIN);
        }
        return mainMenu;
    }

    public List<MenuEntry> getFooterMenu() {
        if (footerMenu == null) {
            footerMenu = storeUnavailable() ? List.of() : menus.menu(MenuKind.FOOTER);
        }
        return footerMenu;
    }

    /**
     * The portal has no site store; the container's error page reads nothing from it, since the
     * store may be what failed. Both show the standard settings instead.
     */
    private boolean storeUnavailable() {
        return currentTenant.find().isEmpty() || request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null;
    }

    public Translation text(LocalizedText text) {
        return text == null ? Translation.EMPTY : text.in(getLanguage());
    }

    /** A site path ({@code /news}) as a link in the reader's language; absolute URLs stay as they are. */
    public String href(String sitePath) {
        if (sitePath.startsWith("http://") || sitePath.startsWith("https://") || sitePath.startsWith("mailto:")) {
            return sitePath;
        }
        return request.getContextPath() + Links.localized(getLanguage(), sitePath);
    }

    /** The same page in the other language. */
    public String getAlternateHref() {
        Route route = currentRoute.getRoute();
        String sitePath = route == null ? "/" : route.sitePath();
        String query = request.getQueryString();
        return request.getContextPath() + Links.localized(getLanguage().other(), sitePath)
                + (query == null ? "" : "?" + query);
    }

    public Language getAlternateLanguage() {
        return getLanguage().other();
    }

    /** An image's alternative text from the media library, in the reader's language if it has it; empty makes it decorative. */
    public String imageAlt(String path) {
        return path == null ? "" : media.atPath(path).map(file -> text(file.alt()).text()).orElse("");
    }

    public String mediaHref(String storageKey) {
        return request.getContextPath() + "/" + storageKey;
    }

    public String date(Instant instant) {
        return instant == null ? "" : numerals(LocalizedDates.format(LocalDate.ofInstant(instant, LocalizedDates.VIENTIANE), getLanguage()));
    }

    public String day(LocalDate date) {
        return numerals(LocalizedDates.format(date, getLanguage()));
    }

    /** A count, a year or a file size as this page writes numbers: in the site's digits on Lao pages. */
    public String numerals(Object number) {
        String text = String.valueOf(number);
        return getLanguage() == Language.LO ? getSettings().digits().apply(text) : text;
    }

    /** ISO date for {@code <time datetime>}. */
    public String isoDate(Instant instant) {
        return instant == null ? "" : LocalDate.ofInstant(instant, LocalizedDates.VIENTIANE).toString();
    }
}
