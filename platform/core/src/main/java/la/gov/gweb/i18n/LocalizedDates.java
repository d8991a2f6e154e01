package la.gov.gweb.i18n;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Dates the way each language writes them on official sites: "9 ມັງກອນ 2020" in Lao (day, Lao
 * month name, Gregorian year, as in official documents) and "9 January 2020" in English.
 * Written out here because the JDK's Lao locale data is incomplete on some runtimes.
 */
public final class LocalizedDates {

    /** The time zone in which every site shows dates and counts days and years. */
    public static final ZoneId VIENTIANE = ZoneId.of("Asia/Vientiane");

    private static final List<String> LAO_MONTHS = List.of(
            "ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ",
            "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ", "ຕຸລາ", "ພະຈິກ", "ທັນວາ");

    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private LocalizedDates() {
    }

    public static String format(LocalDate date, Language language) {
        if (date == null) {
            return "";
        }
        if (language == Language.LO) {
            return date.getDayOfMonth() + " " + laoMonth(date.getMonthValue()) + " " + date.getYear();
        }
        return ENGLISH.format(date);
    }

    /** The Lao name of a month, 1 being ມັງກອນ (January). */
    public static String laoMonth(int month) {
        return LAO_MONTHS.get(month - 1);
    }
}
