package la.gov.gweb.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import la.gov.gweb.i18n.LocalizedText;
import la.gov.gweb.refusal.RejectedException;
import la.gov.gweb.site.SiteAdministration;
import la.gov.gweb.site.BrandColour;
import la.gov.gweb.site.DigitStyle;
import la.gov.gweb.site.SettingsChange;
import la.gov.gweb.site.SiteSettings;

/** {@code /admin/settings}: the site's contact details, logo, social media links, colour and digits, for site admins. */
@Named
@ViewScoped
public class SettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SiteAdministration administration;

    @Inject
    ConsoleUser me;

    @Inject
    ConsoleMessages messages;

    private String addressLo;
    private String addressEn;
    private String phone;
    private String email;
    private String logo;
    private final Map<String, String> social = new LinkedHashMap<>();
    private BrandColour colour;
    private DigitStyle digits;

    @PostConstruct
    void load() {
        SiteSettings settings = administration.settings(me.caller());
        addressLo = settings.address().lo();
        addressEn = settings.address().en();
        phone = settings.phone();
        email = settings.email();
        logo = settings.logo();
        colour = settings.brandColour();
        digits = settings.digits();
        for (String network : new String[] {"facebook", "youtube", "x", "tiktok"}) {
            social.put(network, settings.socialLinks().get(network));
        }
    }

    public void save() {
        try {
            administration.saveSettings(me.caller(), new SettingsChange(LocalizedText.of(addressLo, addressEn),
                    phone, email, logo, social, colour, digits));
            messages.info("console.saved");
        } catch (RejectedException refused) {
            messages.refused(refused);
        }
    }

    public Map<String, String> getSocial() {
        return social;
    }

    public BrandColour[] getColours() {
        return BrandColour.values();
    }

    public DigitStyle[] getDigitStyles() {
        return DigitStyle.values();
    }

    public BrandColour getColour() { return colour; }
    public void setColour(BrandColour colour) { this.colour = colour; }
    public DigitStyle getDigits() { return digits; }
    public void setDigits(DigitStyle digits) { this.digits = digits; }
    public String getAddressLo() { return addressLo; }
    public void setAddressLo(String addressLo) { this.addressLo = addressLo; }
    public String getAddressEn() { return addressEn; }
    public void setAddressEn(String addressEn) { this.addressEn = addressEn; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getLogo() { return logo; }
    public void setLogo(String logo) { this.logo = logo; }
}
