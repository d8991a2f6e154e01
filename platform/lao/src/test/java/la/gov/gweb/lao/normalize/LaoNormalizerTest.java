package la.gov.gweb.lao.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class LaoNormalizerTest {

  private final LaoNormalizer normalizer = new LaoNormalizer();
  private final LaoNormalizer joining = new LaoNormalizer(true);

  @Test
  void hoNoAndHoMoLigaturesReplaceTheTwoLetterForms() {
    assertEquals("ໜ້າທີ່", normalizer.normalize("ຫນ້າທີ່"));
    assertEquals("ໝູ່ບ້ານ", normalizer.normalize("ຫມູ່ບ້ານ"));
    assertEquals("ເໜືອ", normalizer.normalize("ເຫນືອ"));
    assertEquals("ໜ້າທີ່", normalizer.normalize("ໜ້າທີ່"));
  }

  @Test
  void hoWithMarksOfItsOwnIsNoCluster() {
    assertEquals("ຫົນທາງ", normalizer.normalize("ຫົນທາງ"));
  }

  @Test
  void loSubscriptReplacesHoLo() {
    assertEquals("ນະຄອນຫຼວງ", normalizer.normalize("ນະຄອນຫລວງ"));
    assertEquals("ຫຼາຍ", normalizer.normalize("ຫລາຍ"));
  }

  @Test
  void amWithoutToneMarkIsComposed() {
    assertEquals("ສຳລັບ", normalizer.normalize("ສໍາລັບ"));
    assertEquals("ສຳຄັນ", normalizer.normalize("ສຳຄັນ"));
  }

  @Test
  void amWithToneMarkTakesTheDictionarySpellingWhateverTheOrder() {
    String expected = "\u0E99\u0ECD\u0EC9\u0EB2";
    assertEquals(expected, normalizer.normalize("\u0E99\u0EC9\u0EB3"));
    assertEquals(expected, normalizer.normalize("\u0E99\u0ECD\u0EC9\u0EB2"));
    assertEquals(expected, normalizer.normalize("\u0E99\u0EC9\u0ECD\u0EB2"));
    assertEquals(expected, normalizer.normalize("\u0E99\u0EB3\u0EC9"));
  }

  @Test
  void toneMarkGoesAfterVowelMark() {
    assertEquals("ກິ່ນ", normalizer.normalize("ກ່ິນ"));
    assertEquals("ເບິ່ງ", normalizer.normalize("ເບ່ິງ"));
  }

  @Test
  void pdfMarkOrderIsRepaired() {
    assertEquals("ຫຼັກການ", normalizer.normalize("ຫັຼກການ"));
    assertEquals("ເຂົ້າຮ່ວມ", normalizer.normalize("ເຂ້ົາຮ່ວມ"));
  }

  @Test
  void outputIsNfcAndStable() {
    String text = "ນ້ຳ ກຸ່ມ ຫັຼກ ເຂ້ົາ ຫນ້າ ປີ໒໐໒໕ ສໍາລັບ";
    String normalized = normalizer.normalize(text);
    assertEquals(Normalizer.normalize(normalized, Normalizer.Form.NFC), normalized);
    assertEquals(normalized, normalizer.normalize(normalized));
    assertEquals(joining.normalize(text), joining.normalize(joining.normalize(text)));
  }

  @Test
  void laoDigitsBecomeAsciiAndAreSeparatedFromLetters() {
    assertEquals("ວັນທີ 9 ມັງກອນ 2020", normalizer.normalize("ວັນທີ ໙ ມັງກອນ ໒໐໒໐"));
    assertEquals("ປີ 2025 ແມ່ນ", normalizer.normalize("ປີ2025ແມ່ນ"));
    assertEquals("ປີ 2025", normalizer.normalize("ປີ໒໐໒໕"));
    assertEquals("COVID19 H5N1", normalizer.normalize("COVID19 H5N1"));
  }

  @Test
  void invisibleCharactersAreDeleted() {
    for (char invisible : new char[] {'\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\uFEFF'}) {
      assertEquals("ກອງປະຊຸມ", normalizer.normalize("ກອງ" + invisible + "ປະຊຸມ"));
    }
    assertEquals("information", normalizer.normalize("infor\u00ADmation"));
  }

  @Test
  void doubledMarksCollapse() {
    assertEquals("ເຂົ້າຮ່ວມ", normalizer.normalize("ເຂົົ້້າຮ່່ວມ"));
    assertEquals(
        "\u0E99\u0ECD\u0EC9\u0EB2", normalizer.normalize("\u0E99\u0ECD\u0ECD\u0EC9\u0EC9\u0EB2"));
    assertEquals("ຄຳ", normalizer.normalize("ຄຳຳ"));
  }

  @Test
  void spacedWordsAreJoinedOnlyWhenAsked() {
    assertEquals("ງົບປະມານສຳ ລັບໂຄງການ", normalizer.normalize("ງົບປະມານສໍາ ລັບໂຄງການ"));
    assertEquals("ງົບປະມານສຳລັບໂຄງການ", joining.normalize("ງົບປະມານສໍາ ລັບໂຄງການ"));
    assertEquals("ກະຊວງສຶກສາທິການ", joining.normalize("ກະ ຊວງ ສຶກ ສາ ທິ ການ"));
    assertTrue(joining.joinsSpacedWords());
    assertFalse(normalizer.joinsSpacedWords());
  }

  @Test
  void phraseBreaksAreKept() {
    String text = "ລັດຖະບານ ໄດ້ຕົກລົງ ແລະ ຄວາມຮູ້ຈັກອາຍ ນໍ້າໄຫຼ";
    assertEquals(text, joining.normalize(text));
    assertEquals("ສຳ  ລັບ", joining.normalize("ສຳ  ລັບ"));
  }

  @Test
  void otherScriptsPassThrough() {
    String text = "Ministry of Health, ກະຊວງສາທາລະນະສຸກ: ภาษาไทย 中文 \uD83D\uDE00 ﬁ";
    assertEquals(text, joining.normalize(text));
  }

  @Test
  void degenerateInput() {
    assertEquals("", normalizer.normalize(""));
    assertEquals("", normalizer.normalize("\u200B\u200B\uFEFF"));
    assertEquals("!?.,;:()[]", normalizer.normalize("!?.,;:()[]"));
    assertEquals("\u0EB4\u0EC8", normalizer.normalize("\u0EC8\u0EB4"));
    String longText = "ກ່ິນ".repeat(2500);
    assertEquals("ກິ່ນ".repeat(2500), joining.normalize(longText));
  }
}
