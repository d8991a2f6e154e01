package la.gov.gweb.lao;

import java.util.Random;

/** Random text for tests, heavy in Lao and in the characters the normalizer rewrites. */
public final class LaoTestText {

  private static final String PIECES =
      "ກຂຄງຈສຊຍດຕຖທນບປຜຝພຟມຢຣລວຫອຮໜໝ"
          + "ະັາຳິີຶືຸູົຼຽເແໂໃໄໆ່້໊໋໌ໍ຺ຯ"
          + "໐໑໒໓໔໕໖໗໘໙0123456789"
          + "\u200B\u200C\u200D\u2060\u00AD\uFEFF"
          + "      .,-()\"'\nabcXYZ";

  /** Variant spellings and words that the normalizer rewrites or joins. */
  private static final String[] WORDS = {
    "ນະຄອນຫຼວງວຽງຈັນ",
    "ຫນ້າທີ່",
    "ສໍາລັບ",
    "ນໍ້າ",
    "ນ້ຳ",
    "ຫລວງ",
    "ເຂ້ົາ",
    "ຫັຼກ",
    "ກ່ິນ",
    "ປີ໒໐໒໕",
    "ສຳ ລັບ",
    "ກະຊວງ",
    " ",
    "\u200B"
  };

  private LaoTestText() {}

  /** Returns a string of up to {@code maxLength} characters, mostly Lao, spaces and invisibles. */
  public static String randomLao(Random random, int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder text = new StringBuilder(length);
    while (text.length() < length) {
      switch (random.nextInt(10)) {
        case 0:
          text.append(WORDS[random.nextInt(WORDS.length)]);
          break;
        case 1:
          text.appendCodePoint(0x0E80 + random.nextInt(0x80));
          break;
        default:
          text.append(PIECES.charAt(random.nextInt(PIECES.length())));
      }
    }
    return text.toString();
  }
}
