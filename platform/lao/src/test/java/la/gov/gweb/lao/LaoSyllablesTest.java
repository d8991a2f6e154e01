package la.gov.gweb.lao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LaoSyllablesTest {

  private static String split(String text) {
    char[] chars = text.toCharArray();
    int[] ends = new int[chars.length];
    int count = new LaoSyllables().split(chars, 0, chars.length, ends);
    List<String> syllables = new ArrayList<>();
    for (int i = 0, start = 0; i < count; start = ends[i++]) {
      syllables.add(text.substring(start, ends[i]));
    }
    return String.join("|", syllables);
  }

  @ParameterizedTest
  @CsvSource({
    "ນະຄອນຫຼວງວຽງຈັນ, ນະ|ຄອນ|ຫຼວງ|ວຽງ|ຈັນ",
    "ກະຊວງສຶກສາທິການ, ກະ|ຊວງ|ສຶກ|ສາ|ທິ|ການ",
    "ສາທາລະນະລັດປະຊາທິປະໄຕປະຊາຊົນລາວ, ສາ|ທາ|ລະ|ນະ|ລັດ|ປະ|ຊາ|ທິ|ປະ|ໄຕ|ປະ|ຊາ|ຊົນ|ລາວ",
    "ເຂົ້າຮ່ວມກອງປະຊຸມ, ເຂົ້າ|ຮ່ວມ|ກອງ|ປະ|ຊຸມ",
    "ເພື່ອນເມືອງເດືອນ, ເພື່ອນ|ເມືອງ|ເດືອນ",
    "ແຂວງໃຫຍ່ໄກວ, ແຂວງ|ໃຫຍ່|ໄກວ",
    "ຄວາມສຳຄັນ, ຄວາມ|ສຳ|ຄັນ",
    "ນໍ້າມັນ, ນໍ້າ|ມັນ",
    "ໜ້າທີ່ໝູ່ບ້ານ, ໜ້າ|ທີ່|ໝູ່|ບ້ານ",
    "ສະຫວ່າງຫວານ, ສະ|ຫວ່າງ|ຫວານ",
    "ສ່ວນກວ່າ, ສ່ວນ|ກວ່າ",
    "ການອອກມານອນ, ການ|ອອກ|ມາ|ນອນ",
    "ບອກວ່າ, ບອກ|ວ່າ",
    "ເກາະເປັນເຫັນ, ເກາະ|ເປັນ|ເຫັນ",
    "ຫົວໜ້າຕົວະ, ຫົວ|ໜ້າ|ຕົວະ",
    "ກຣາຟິກແກັສ, ກຣາ|ຟິກ|ແກັສ",
    "ຄຣິສ໌ຕະຈັກ, ຄຣິສ໌|ຕະ|ຈັກ",
    "ສປປລາວ, ສ|ປ|ປ|ລາວ",
    "ເບິ່ງແລ້ວ, ເບິ່ງ|ແລ້ວ"
  })
  void splitsIntoSyllables(String word, String expected) {
    assertEquals(expected, split(word));
  }

  @ParameterizedTest
  @CsvSource({"ກ, ກ", "ເ, ເ", "ິ່, ິ່", "ຳາະ, ຳ|າ|ະ", "ເເກ, ເ|ເກ"})
  void leftoversComeOutOneLetterAtATime(String text, String expected) {
    assertEquals(expected, split(text));
  }

  @Test
  void lastSyllablesAreTheEndOfTheWholeSplit() {
    Random random = new Random(7);
    LaoSyllables syllables = new LaoSyllables();
    for (int round = 0; round < 2_000; round++) {
      StringBuilder text = new StringBuilder();
      for (char c : LaoTestText.randomLao(random, 60).toCharArray()) {
        if (LaoScript.isSyllableChar(c)) {
          text.append(c);
        }
      }
      char[] chars = text.toString().toCharArray();
      int[] ends = new int[chars.length];
      int all = syllables.split(chars, 0, chars.length, ends);
      int wanted = 1 + random.nextInt(5);
      int[] bounds = new int[chars.length + 1];
      int last = syllables.splitLast(chars, 0, chars.length, bounds, wanted);
      assertTrue(last >= Math.min(wanted, all), text::toString);
      assertTrue(last <= all, text::toString);
      assertEquals(last == all ? 0 : ends[all - last - 1], bounds[0], text::toString);
      for (int k = 0; k < last; k++) {
        assertEquals(ends[all - last + k], bounds[k + 1], text::toString);
      }
    }
  }
}
