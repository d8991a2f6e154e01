package la.gov.gweb.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import la.gov.gweb.persistence.SiteStore;

/**
 * What the public may read of the current site: published items whose publish time has come.
 * Every query runs against the request's own site schema, so nothing here takes a site argument.
 */
@RequestScoped
public class PublishedContent {

    /**
     * The JPQL condition that an item {@code c} is visible at the parameter {@code :now}; the same
     * rule as {@link ContentItem#isVisibleAt(Instant)}.
     */
    public static final String VISIBLE = " c.status = la.gov.gweb.content.ContentStatus.PUBLISHED"
            + " and c.publishedAt <= :now and (c.unpublishAt is null or c.unpublishAt > :now)";

    @Inject
    @SiteStore
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    public List<ContentItem> latest(ContentType type, int limit) {
        return em.createQuery("select c from ContentItem c where c.type = :type and" + VISIBLE
                        + " order by c.publishedAt desc, c.id desc", ContentItem.class)
                .setParameter("type", type)
                .setParameter("now", clock.instant())
                .setMaxResults(limit)
                .getResultList();
    }

    /** Visible items of one type, or of every type when {@code type} is null, newest first. */
    public ResultPage<ContentItem> list(ContentType type, int page, int size) {
        Instant now = clock.instant();
        String where = " from ContentItem c where" + (type == null ? "" : " c.type = :type and") + VISIBLE;
        TypedQuery<Long> count = em.createQuery("select count(c)" + where, Long.class).setParameter("now", now);
        TypedQuery<ContentItem> items = em.createQuery("select c" + where + " order by c.publishedAt desc, c.id desc",
                ContentItem.class).setParameter("now", now);
        if (type != null) {
            count.setParameter("type", type);
            items.setParameter("type", type);
        }
        return new ResultPage<>(items.setFirstResult(ResultPage.offset(page, size)).setMaxResults(size).getResultList(),
                page, size, count.getSingleResult());
    }

    /** A visible item by its id. */
    public Optional<ContentItem> find(long id) {
        return em.createQuery("select c from ContentItem c where c.id = :id and" + VISIBLE, ContentItem.class)
                .setParameter("id", id)
                .setParameter("now", clock.instant())
                .getResultStream()
                .findFirst();
    }

    /** A news article, announcement or legal document by its slug, or a page by its path. */
    public Optional<ContentItem> find(ContentType type, String slug) {
        return em.createQuery("select c from ContentItem c where c.type = :type and c.slug = :slug and" + VISIBLE,
                        ContentItem.class)
                .setParameter("type", type)
                .setParameter("slug", slug)
                .setParameter("now", clock.instant())
                .getResultStream()
                .findFirst();
    }

    public List<ContentItem> childPages(String path) {
        return em.createQuery("select c from ContentItem c where c.type = la.gov.gweb.content.ContentType.PAGE"
                        + " and c.parentPath = :path and" + VISIBLE + " order by c.sortOrder, c.slug", ContentItem.class)
                .setParameter("path", path)
                .setParameter("now", clock.instant())
                .getResultList();
    }

    public ResultPage<ContentItem> legalRegister(LegalFilter filter, int page, int size) {
        String where = " from ContentItem c where c.type = la.gov.gweb.content.ContentType.LEGAL_DOCUMENT and" + VISIBLE
                + filter.kind().map(k -> " and c.legal.kind = :kind").orElse("")
                + filter.year().map(y -> " and c.legal.issuedOn >= :from and c.legal.issuedOn < :to").orElse("");
        TypedQuery<Long> count = bind(em.createQuery("select count(c)" + where, Long.class), filter);
        TypedQuery<ContentItem> items = bind(em.createQuery("select c" + where
                + " order by c.legal.issuedOn desc, c.id desc", ContentItem.class), filter);
        return new ResultPage<>(items.setFirstResult(ResultPage.offset(page, size)).setMaxResults(size).getResultList(),
                page, size, count.getSingleResult());
    }

    /** The years in which the site's published legal documents were issued, newest first. */
    public List<Integer> legalYears() {
        return em.createQuery("select distinct c.legal.issuedOn from ContentItem c"
                        + " where c.type = la.gov.gweb.content.ContentType.LEGAL_DOCUMENT and" + VISIBLE
                        + " and c.legal.issuedOn is not null", LocalDate.class)
                .setParameter("now", clock.instant())
                .getResultStream()
                .map(LocalDate::getYear)
                .distinct()
                .sorted((a, b) -> b - a)
                .toList();
    }

    /** Every visible item without its text, in the order they were created, for the sitemap. */
    public List<VisibleItem> visibleItems() {
        return em.createQuery("select new la.gov.gweb.content.VisibleItem(c.type, c.slug, c.title.lo, c.title.en,"
                        + " c.updatedAt) from ContentItem c where" + VISIBLE + " order by c.id", VisibleItem.class)
                .setParameter("now", clock.instant())
                .getResultList();
    }

    /** An attachment, only while the item it belongs to is visible to the public. */
    public Optional<Attachment> attachment(long id) {
        return em.createQuery("select a from Attachment a join a.item c where a.id = :id and" + VISIBLE, Attachment.class)
                .setParameter("id", id)
                .setParameter("now", clock.instant())
                .getResultStream()
                .findFirst();
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, LegalFilter filter) {
        query.setParameter("now", clock.instant());
        filter.kind().ifPresent(kind -> query.setParameter("kind", kind));
        filter.year().ifPresent(year -> query
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 1)));
        return query;
    }
}
