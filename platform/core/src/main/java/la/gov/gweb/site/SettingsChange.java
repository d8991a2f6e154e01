package la.gov.gweb.site;

import java.util.Map;
import java.util.Objects;
import la.gov.gweb.i18n.LocalizedText;

/** Everything the site settings form saves at once; social links by network name. */
public record SettingsChange(LocalizedText address, String phone, String email, String logo,
                             Map<String, String> social, BrandColour colour, DigitStyle digits) {

    public SettingsChange {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(digits, "digits");
        social = social == null ? Map.of() : social;
    }
}
