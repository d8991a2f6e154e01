package la.gov.gweb.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import la.gov.gweb.i18n.Language;
import la.gov.gweb.refusal.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

final class MessagesTest {

    private static final List<String> BUNDLE_NAMES = List.of("feedback", "problems");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final Pattern LAO_SCRIPT = Pattern.compile("[\\u0E80-\\u0EFF]");

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "lo", "lo-LA", "fr", "*", "en;q=0", "en;q=0.2,lo;q=0.8", "**;;q=x", "en;q=2",
            "fr, lo-LA;q=0.3, en;q=0.2"})
    void laoUnlessEnglishIsPreferred(String header) {
        assertEquals(Language.LO, Messages.fromAcceptLanguage(header));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "EN", "en-US,en;q=0.9", "en-GB", "fr,en;q=0.5", "lo;q=0.1,en;q=0.9", "lo;q=0,en"})
    void englishWhenPreferredOverLao(String header) {
        assertEquals(Language.EN, Messages.fromAcceptLanguage(header));
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Set<String> lao = new TreeSet<>(bundle("lo").stringPropertyNames());
        Set<String> english = new TreeSet<>(bundle("en").stringPropertyNames());
        assertFalse(english.isEmpty());
        assertTrue(english.contains("unknown"));
        assertEquals(english, lao);
    }

    @Test
    void bothBundlesUseTheSamePlaceholdersForEachKey() throws IOException {
        Properties lao = bundle("lo");
        Properties english = bundle("en");
        for (String key : english.stringPropertyNames()) {
            assertEquals(placeholders(english.getProperty(key)), placeholders(lao.getProperty(key, "")), key);
        }
    }

    @Test
    void laoMessagesAreWrittenInLao() throws IOException {
        Properties lao = bundle("lo");
        for (String key : lao.stringPropertyNames()) {
            assertTrue(LAO_SCRIPT.matcher(lao.getProperty(key)).find(), key);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyKeyGivesItsOwnTextNotTheUnknownMessage(Language language) throws IOException {
        Properties english = bundle("en");
        String unknown = Messages.text(language, "unknown");
        for (String key : english.stringPropertyNames()) {
            if (!key.equals("unknown")) {
                String text = Messages.text(language, key, "x");
                assertNotNull(text, key);
                assertFalse(text.equals(unknown), key);
            }
        }
    }

    @Test
    void argumentsAreFormattedIntoTheMessage() {
        assertEquals("Too many failed sign-ins. Please wait 30 seconds and try again.",
                Messages.text(Language.EN, "auth.throttled", 30));
        assertEquals("ພະຍາຍາມເຂົ້າລະບົບຜິດຫຼາຍເທື່ອເກີນໄປ. ກະລຸນາລໍຖ້າ 30 ວິນາທີແລ້ວລອງໃໝ່.",
                Messages.text(Language.LO, "auth.throttled", 30));
        assertEquals("The slug \"flood-relief\" is already used.",
                Messages.text(Language.EN, "content.slug.taken", "flood-relief"));
    }

    @Test
    void problemsAreFormattedWithTheirArguments() {
        Problem problem = Problem.of("title.lo", "content.tooLong", 500);
        assertEquals("The text is too long: at most 500 characters.", Messages.text(Language.EN, problem));
        assertEquals("ຂໍ້ຄວາມຍາວເກີນໄປ: ບໍ່ເກີນ 500 ຕົວອັກສອນ.", Messages.text(Language.LO, problem));
    }

    @Test
    void aReasonGivenAsAProblemIsWrittenInTheSameLanguage() {
        Problem logo = Problem.of("brand.logo", "site.logo.refused", "emblem.png", Problem.of(null, "upload.tooLarge", 2));
        assertEquals("Logo emblem.png: The file is too large: at most 2 MB.", Messages.text(Language.EN, logo));
        assertEquals("ໂລໂກ້ emblem.png: ໄຟລ໌ໃຫຍ່ເກີນໄປ: ບໍ່ເກີນ 2 MB.", Messages.text(Language.LO, logo));
    }

    @ParameterizedTest
    @CsvSource({"EN, This request cannot be carried out.", "LO, ຄຳຮ້ອງນີ້ບໍ່ສາມາດດຳເນີນການໄດ້."})
    void anUnknownKeyGivesTheUnknownMessage(Language language, String expected) {
        assertEquals(expected, Messages.text(language, "no.such.key"));
        assertEquals(expected, Messages.text(language, "no.such.key", 1, "two"));
        assertEquals(expected, Messages.text(language, Problem.of("x", "content.nothing")));
    }

    private static Properties bundle(String language) throws IOException {
        for (String base : BUNDLE_NAMES) {
            String name = "/la/gov/gweb/web/i18n/" + base + "_" + language + ".properties";
            try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
                if (in != null) {
                    Properties properties = new Properties();
                    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                        properties.load(reader);
                    }
                    return properties;
                }
            }
        }
        return fail("No bundle " + BUNDLE_NAMES + " for " + language);
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
