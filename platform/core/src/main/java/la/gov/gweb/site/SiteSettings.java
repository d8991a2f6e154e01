package la.gov.gweb.site;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import la.gov.gweb.i18n.LocalizedText;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * The settings of one site, a single row in its schema. The site's names live in the platform
 * catalog, because the portal lists them without opening every site's schema.
 */
@Entity
@Table(name = "site_settings")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA,
        contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class SiteSettings {

    /** The key of the one row. */
    public static final int ROW = 1;

    @Id
    private int id = ROW;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "lo", column = @Column(name = "address_lo")),
            @AttributeOverride(name = "en", column = @Column(name = "address_en"))})
    private LocalizedText address;

    @Column(length = 100)
    private String phone;

    @Column(length = 200)
    private String email;

    @Column(length = 300)
    private String logo;

    @Column(name = "facebook_url", length = 500)
    private String facebookUrl;

    @Column(name = "youtube_url", length = 500)
    private String youtubeUrl;

    @Column(name = "x_url", length = 500)
    private String xUrl;

    @Column(name = "tiktok_url", length = 500)
    private String tiktokUrl;

    @Enumerated(EnumType.STRING)
    @Column(name = "brand_colour", length = 20)
    private BrandColour brandColour;

    @Enumerated(EnumType.STRING)
    @Column(name = "digit_style", length = 10)
    private DigitStyle digitStyle;

    @Version
    private long version;

    protected SiteSettings() {
    }

    public SiteSettings(LocalizedText address, String phone, String email, String logo, Map<String, String> social) {
        this.address = address;
        this.phone = phone;
        this.email = email;
        this.logo = logo;
        this.facebookUrl = social.get("facebook");
        this.youtubeUrl = social.get("youtube");
        this.xUrl = social.get("x");
        this.tiktokUrl = social.get("tiktok");
    }

    /** Replaces every setting at once, as the settings form saves them. */
    public void change(LocalizedText newAddress, String newPhone, String newEmail, String newLogo,
                       Map<String, String> social) {
        this.address = newAddress;
        this.phone = newPhone;
        this.email = newEmail;
        this.logo = newLogo;
        this.facebookUrl = social.get("facebook");
        this.youtubeUrl = social.get("youtube");
        this.xUrl = social.get("x");
        this.tiktokUrl = social.get("tiktok");
    }

    /** Sets the site's colour from the G-Web palette and the digits of its Lao pages. */
    public void changeAppearance(BrandColour newColour, DigitStyle newDigits) {
        this.brandColour = newColour;
        this.digitStyle = newDigits;
    }

    public long version() {
        return version;
    }

    /** Settings of a site that has none yet: everything empty. */
    public static SiteSettings empty() {
        return new SiteSettings(LocalizedText.of(null, null), null, null, null, Map.of());
    }

    public LocalizedText address() {
        return address == null ? LocalizedText.of(null, null) : address;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public String logo() {
        return logo;
    }

    public BrandColour brandColour() {
        return brandColour == null ? BrandColour.DEFAULT : brandColour;
    }

    public DigitStyle digits() {
        return digitStyle == null ? DigitStyle.DEFAULT : digitStyle;
    }

    /** The site's social media links by network name, in a fixed order, only those that are set. */
    public Map<String, String> socialLinks() {
        Map<String, String> links = new LinkedHashMap<>();
        putIfSet(links, "facebook", facebookUrl);
        putIfSet(links, "youtube", youtubeUrl);
        putIfSet(links, "x", xUrl);
        putIfSet(links, "tiktok", tiktokUrl);
        return links;
    }

    private static void putIfSet(Map<String, String> links, String network, String url) {
        if (url != null && !url.isBlank()) {
            links.put(network, url);
        }
    }
}
