package la.gov.gweb.menu;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import la.gov.gweb.i18n.LocalizedText;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * One link in a menu. The link is a site path without language prefix ({@code /about}), which
 * the layout turns into the reader's language, or an absolute URL to another site.
 */
@Entity
@Table(name = "menu_item")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA,
        contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class MenuItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MenuKind menu;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private MenuItem parent;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "lo", column = @Column(name = "label_lo")),
            @AttributeOverride(name = "en", column = @Column(name = "label_en"))})
    private LocalizedText label;

    @Column(nullable = false, length = 500)
    private String link;

    protected MenuItem() {
    }

    public MenuItem(MenuKind menu, MenuItem parent, int sortOrder, LocalizedText label, String link) {
        this.menu = menu;
        this.parent = parent;
        this.sortOrder = sortOrder;
        this.label = label;
        this.link = link;
    }

    public Long id() {
        return id;
    }

    public MenuItem parent() {
        return parent;
    }

    public LocalizedText label() {
        return label;
    }

    public String link() {
        return link;
    }
}
