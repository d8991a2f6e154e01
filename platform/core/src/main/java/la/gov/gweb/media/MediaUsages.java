package la.gov.gweb.media;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import la.gov.gweb.content.ContentItem;
import la.gov.gweb.i18n.Language;

/**
 * Where a site uses one of its files: as an item's lead image or attachment, as the site's logo,
 * or linked from an item's text. Searched in the site's own schema through the given store.
 */
final class MediaUsages {

    private MediaUsages() {
    }

    /** A readable name of each user (an item's title, or "logo"); empty when the file is unused. */
    static List<String> of(EntityManager em, StorageKey key) {
        Set<String> users = new LinkedHashSet<>();
        String path = key.value();
        em.createQuery("select c from ContentItem c where c.leadImage = :key", ContentItem.class)
                .setParameter("key", path).getResultList().forEach(c -> users.add(name(c)));
        em.createQuery("select a.item from Attachment a where a.storageKey = :key", ContentItem.class)
                .setParameter("key", path).getResultList().forEach(c -> users.add(name(c)));
        em.createQuery("select c from ContentItem c where c.body.lo like :linked or c.body.en like :linked"
                        + " or c.summary.lo like :linked or c.summary.en like :linked", ContentItem.class)
                .setParameter("linked", "%/" + path + "%").getResultList().forEach(c -> users.add(name(c)));
        if (!em.createQuery("select s.id from SiteSettings s where s.logo = :key", Integer.class)
                .setParameter("key", path).getResultList().isEmpty()) {
            users.add("logo");
        }
        return List.copyOf(users);
    }

    private static String name(ContentItem item) {
        String title = item.title().in(Language.DEFAULT).text();
        return "\u201C" + (title == null || title.isBlank() ? item.slug() : title) + "\u201D";
    }
}
