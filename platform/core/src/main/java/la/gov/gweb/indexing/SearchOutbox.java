package la.gov.gweb.indexing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.stream.Stream;
import la.gov.gweb.content.ContentItem;
import la.gov.gweb.tenant.TenantSlug;

/**
 * Writes the search outbox of a site, always through the entity manager of the content change
 * itself, so that the note and the change commit or roll back together. Besides the entry due at
 * once, a future publish or unpublish time gets an entry of its own: that is the moment the item
 * enters or leaves the public index.
 */
@ApplicationScoped
public class SearchOutbox {

    @Inject
    Event<OutboxWritten> written;

    private final Clock clock = Clock.systemUTC();

    /** Notes that an item was created, changed, moved in its workflow or deleted. */
    public void itemChanged(EntityManager em, TenantSlug site, ContentItem item) {
        Instant now = clock.instant();
        Stream.of(now, item.publishedAt(), item.unpublishAt())
                .filter(at -> at != null && !at.isBefore(now))
                .distinct()
                .forEach(at -> em.persist(new OutboxEntry(item.id(), at, now)));
        written.fire(new OutboxWritten(site));
    }

    /** Notes that an item is gone, when the entity itself can no longer be read. */
    public void itemDeleted(EntityManager em, TenantSlug site, long itemId) {
        Instant now = clock.instant();
        em.persist(new OutboxEntry(itemId, now, now));
        written.fire(new OutboxWritten(site));
    }
}
