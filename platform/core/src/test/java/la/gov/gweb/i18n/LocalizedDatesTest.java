package la.gov.gweb.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

final class LocalizedDatesTest {

    @Test
    void laoDateIsDayLaoMonthAndGregorianYear() {
        assertEquals("9 ມັງກອນ 2020", LocalizedDates.format(LocalDate.of(2020, 1, 9), Language.LO));
    }

    @Test
    void englishDateIsDayMonthNameAndYear() {
        assertEquals("9 January 2020", LocalizedDates.format(LocalDate.of(2020, 1, 9), Language.EN));
    }

    @Test
    void decemberIsTanwaInLao() {
        assertEquals("31 ທັນວາ 2025", LocalizedDates.format(LocalDate.of(2025, 12, 31), Language.LO));
        assertEquals("31 December 2025", LocalizedDates.format(LocalDate.of(2025, 12, 31), Language.EN));
    }

    @ParameterizedTest
    @CsvSource({
            "1, ມັງກອນ", "2, ກຸມພາ", "3, ມີນາ", "4, ເມສາ", "5, ພຶດສະພາ", "6, ມິຖຸນາ",
            "7, ກໍລະກົດ", "8, ສິງຫາ", "9, ກັນຍາ", "10, ຕຸລາ", "11, ພະຈິກ", "12, ທັນວາ"})
    void everyMonthHasItsLaoName(int month, String name) {
        assertEquals(name, LocalizedDates.laoMonth(month));
        assertEquals("1 " + name + " 2026", LocalizedDates.format(LocalDate.of(2026, month, 1), Language.LO));
    }

    @Test
    void dayIsWrittenWithoutLeadingZero() {
        assertEquals("5 ຕຸລາ 2026", LocalizedDates.format(LocalDate.of(2026, 10, 5), Language.LO));
        assertEquals("5 October 2026", LocalizedDates.format(LocalDate.of(2026, 10, 5), Language.EN));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void missingDateIsEmptyText(Language language) {
        assertEquals("", LocalizedDates.format(null, language));
    }

    @Test
    void monthOutsideOneToTwelveIsRejected() {
        assertThrows(IndexOutOfBoundsException.class, () -> LocalizedDates.laoMonth(0));
        assertThrows(IndexOutOfBoundsException.class, () -> LocalizedDates.laoMonth(13));
    }
}
