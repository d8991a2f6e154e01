package la.gov.gweb.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import la.gov.gweb.content.ContentType;
import la.gov.gweb.seed.SiteFolderReader;
import la.gov.gweb.seed.SiteSeed;
import la.gov.gweb.tenant.TenantDefinition;

/**
 * The site templates shipped in the platform ({@code templates/<name>/} on the class path, in
 * the format of a site folder) and their standard pages in the platform schema, where each page
 * has a revision: a platform admin's change or a newer shipped text makes the next one.
 */
@ApplicationScoped
public class SiteTemplates {

    /** The templates a site can be made from. */
    public static final List<String> NAMES = List.of("ministry", "province", "agency");

    @PersistenceContext(unitName = "gweb")
    EntityManager em;

    private final Clock clock = Clock.systemUTC();
    private final Map<String, SiteSeed> shipped = new ConcurrentHashMap<>();

    public static boolean exists(String name) {
        return NAMES.contains(name);
    }

    /**
     * Brings the template pages in the platform schema up to the shipped ones: a new page starts at
     * revision 1; a page whose shipped text changed since it was last taken gets the next revision.
     * Returns the pages that got a new revision, whose sites are to be offered the change.
     */
    @Transactional
    public List<TemplatePage> takeShipped() {
        List<TemplatePage> revised = new ArrayList<>();
        for (String name : NAMES) {
            for (SiteSeed.Item item : shipped(name).items()) {
                if (item.type() != ContentType.PAGE) {
                    continue;
                }
                PageText text = PageText.of(item);
                String hash = text.hash();
                TemplatePage page = em.find(TemplatePage.class, new TemplatePage.Key(name, item.slug()));
                if (page == null) {
                    em.persist(new TemplatePage(name, item.slug(), item.order(), text, hash, clock.instant()));
                } else if (!page.shippedHash().equals(hash)) {
                    page.revise(text, clock.instant(), null);
                    page.shipped(hash);
                    revised.add(page);
                }
            }
        }
        return revised;
    }

    /** The seed of a new site made from a template: its menus, and its pages at their current revision. */
    @Transactional
    public SiteSeed seedFor(String name, TenantDefinition site) {
        SiteSeed template = shipped(name);
        List<SiteSeed.Item> items = template.items().stream().map(item -> {
            if (item.type() != ContentType.PAGE) {
                return item;
            }
            return page(name, item.slug()).map(page -> {
                PageText text = page.text();
                return item.withText(text.title(), text.summary(), text.body(),
                        new SiteSeed.FromTemplate(name, page.path(), page.revision()));
            }).orElse(item);
        }).toList();
        return new SiteSeed(template.folder(), null, template.settings(), template.mainMenu(), template.footerMenu(),
                items, List.of()).forSite(site);
    }

    @Transactional
    public Optional<TemplatePage> page(String template, String path) {
        return Optional.ofNullable(em.find(TemplatePage.class, new TemplatePage.Key(template, path)));
    }

    @Transactional
    public List<TemplatePage> pages(String template) {
        return em.createQuery("select p from TemplatePage p where p.template = :template order by p.path",
                TemplatePage.class).setParameter("template", template).getResultList();
    }

    /** A platform admin's new text for a template page: its next revision. */
    @Transactional
    public TemplatePage revise(String template, String path, PageText text, String by) {
        TemplatePage page = em.find(TemplatePage.class, new TemplatePage.Key(template, path));
        page.revise(text, clock.instant(), by);
        return page;
    }

    private SiteSeed shipped(String name) {
        return shipped.computeIfAbsent(name, SiteTemplates::readShipped);
    }

    private static SiteSeed readShipped(String name) {
        URL resource = SiteTemplates.class.getClassLoader().getResource("templates/" + name + "/template.yaml");
        if (resource == null) {
            throw new IllegalStateException("The site template " + name + " is missing from the class path");
        }
        return SiteFolderReader.readTemplate(folderOf(resource).getParent());
    }

    /** The resource as a path, in its folder or in its jar, whose file system stays open for later reads. */
    private static Path folderOf(URL resource) {
        try {
            URI uri = resource.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    // opened for an earlier template of the same jar
                }
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot read the site template at " + resource, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the site templates in " + resource, e);
        }
    }
}
