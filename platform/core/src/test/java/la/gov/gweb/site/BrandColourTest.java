package la.gov.gweb.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

final class BrandColourTest {

    /** WCAG 2.1 AA for normal text: the site's name and menu are white on the brand colour. */
    @ParameterizedTest
    @EnumSource(BrandColour.class)
    void whiteTextOnEveryColourOfThePaletteMeetsAa(BrandColour colour) {
        double contrast = (1.0 + 0.05) / (relativeLuminance(colour.hex()) + 0.05);
        assertTrue(contrast >= 4.5, colour + " gives white text a contrast of only " + contrast);
    }

    @ParameterizedTest
    @ValueSource(strings = {"teal", "TEAL", "Teal"})
    void codeIsReadWhateverItsCase(String code) {
        assertEquals(Optional.of(BrandColour.TEAL), BrandColour.fromCode(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"#00695C", "pink", ""})
    void anythingOutsideThePaletteIsNoColour(String code) {
        assertEquals(Optional.empty(), BrandColour.fromCode(code));
    }

    private static double relativeLuminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
