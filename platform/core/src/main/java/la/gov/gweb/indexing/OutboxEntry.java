package la.gov.gweb.indexing;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import la.gov.gweb.persistence.InstantConverter;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * A note that an item's entry in the search index must be brought up to date once {@code dueAt}
 * has come. It says nothing of what changed: the indexer reads the item's state when it drains.
 */
@Entity
@Table(name = "search_outbox")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA,
        contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class OutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Convert(converter = InstantConverter.class)
    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected OutboxEntry() {
    }

    OutboxEntry(long itemId, Instant dueAt, Instant createdAt) {
        this.itemId = itemId;
        this.dueAt = dueAt;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public long itemId() {
        return itemId;
    }

    public Instant dueAt() {
        return dueAt;
    }
}
