package la.gov.gweb.tenant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.persistence.InstantConverter;

/** A site in the platform catalog: its identity, names, theme, status and host names. */
@Entity
@Table(name = "tenant")
@NamedQuery(name = Tenant.ALL, query = "select t from Tenant t order by t.slug")
@NamedQuery(name = Tenant.BY_SLUG, query = "select t from Tenant t where t.slug = :slug")
public class Tenant {

    static final String ALL = "Tenant.all";
    static final String BY_SLUG = "Tenant.bySlug";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 30, updatable = false)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TenantStatus status;

    @Column(nullable = false, length = 50)
    private String theme;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "lo", column = @Column(name = "name_lo")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText names;

    @Column(name = "template_name", length = 30, updatable = false)
    private String template;

    @Column(name = "schema_name", nullable = false, unique = true, length = 64, updatable = false)
    private String schemaName;

    @OneToMany(mappedBy = "tenant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("primaryHost DESC, name ASC")
    private List<TenantHost> hosts = new ArrayList<>();

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Tenant() {
    }

    Tenant(TenantDefinition definition, String schemaName, Instant now) {
        this.slug = definition.slug().value();
        this.status = definition.status();
        this.theme = definition.theme();
        this.names = definition.names();
        this.template = definition.template();
        this.schemaName = schemaName;
        this.createdAt = now;
        this.updatedAt = now;
        for (int i = 0; i < definition.hosts().size(); i++) {
            hosts.add(new TenantHost(this, definition.hosts().get(i), i == 0));
        }
    }

    void changeStatus(TenantStatus newStatus, Instant now) {
        this.status = newStatus;
        this.updatedAt = now;
    }

    void rename(LocalizedText newNames, Instant now) {
        this.names = newNames;
        this.updatedAt = now;
    }

    void changeTheme(String newTheme, Instant now) {
        this.theme = newTheme;
        this.updatedAt = now;
    }

    /**
     * Replaces the host names, the first becoming the primary one. Names kept stay the same rows:
     * EclipseLink deletes after it inserts, so removing and re-adding a name would collide.
     */
    void changeHosts(List<HostName> newHosts, Instant now) {
        hosts.removeIf(host -> !newHosts.contains(host.hostName()));
        for (int i = 0; i < newHosts.size(); i++) {
            HostName name = newHosts.get(i);
            boolean primary = i == 0;
            hosts.stream().filter(host -> host.hostName().equals(name)).findFirst()
                    .ifPresentOrElse(host -> host.makePrimary(primary),
                            () -> hosts.add(new TenantHost(this, name, primary)));
        }
        this.updatedAt = now;
    }

    public TenantSnapshot snapshot() {
        List<HostName> names = hosts.stream()
                .sorted(Comparator.comparing((TenantHost host) -> !host.isPrimary())
                        .thenComparing(host -> host.hostName().value()))
                .map(TenantHost::hostName).toList();
        return new TenantSnapshot(new TenantSlug(slug), status, theme, this.names, schemaName, names, template);
    }

    public String slug() {
        return slug;
    }

    public String schemaName() {
        return schemaName;
    }
}
