package la.gov.gweb.search.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import la.gov.gweb.search.SearchDocument;

/**
 * Items of a made-up government site, for benchmarks: Lao text drawn from the ICU Lao dictionary
 * with word frequencies falling off as in real text (Zipf), led by the commonest words of
 * government news, with spaces between phrases; English text from a small vocabulary; a fifth of
 * the items are legal documents with a long attachment. Same seed, same site.
 */
final class SyntheticSite {

  /** Frequent words of Lao government news, which take the top ranks. */
  private static final String[] COMMON =
      ("ການ ແລະ ຂອງ ໃນ ທີ່ ໄດ້ ເປັນ ມີ ໃຫ້ ກັບ ຈະ ຕ້ອງ ເພື່ອ ໂດຍ ຈາກ ແຕ່ ກໍ ຢູ່ ນີ້ ຄື ປະເທດ ລັດຖະບານ"
              + " ກະຊວງ ພະນັກງານ ປະຊາຊົນ ພັດທະນາ ເສດຖະກິດ ສັງຄົມ ກອງປະຊຸມ ແຂວງ ເມືອງ ບ້ານ ໂຄງການ ແຜນການ"
              + " ຄຸ້ມຄອງ ຈັດຕັ້ງ ປະຕິບັດ ວຽກງານ ລັດຖະມົນຕີ ນະຄອນຫຼວງວຽງຈັນ ສປປ ລາວ ກົດໝາຍ ດຳລັດ ຂໍ້ຕົກລົງ"
              + " ແຈ້ງການ ບໍລິການ ດິຈິຕອນ ເຕັກໂນໂລຊີ ການສຶກສາ ສາທາລະນະສຸກ ກະສິກຳ ຫຼາຍ ສຳລັບ ຕໍ່ ປີ ເດືອນ ວັນທີ")
          .split(" ");

  private static final String[] ENGLISH =
      ("the of and to in for on with by ministry government province district village meeting"
              + " development plan project law decree decision notice service digital technology"
              + " education health agriculture people officials minister capital Vientiane Lao PDR"
              + " national economic social public online system data security training support")
          .split(" ");

  private static final String[] TYPES = {"news", "news", "news", "announcement", "page", "legal"};
  private static final String[] KINDS = {"law", "decree", "decision", "instruction", "notice"};

  private final List<String> words;
  private final double[] cumulative;
  private final Random random;

  /** Creates a site whose items and queries follow from {@code seed}. */
  SyntheticSite(long seed) {
    random = new Random(seed);
    words = new ArrayList<>(List.of(COMMON));
    List<String> dictionary = dictionary();
    Collections.shuffle(dictionary, new Random(1));
    words.addAll(dictionary);
    cumulative = new double[words.size()];
    double sum = 0;
    for (int rank = 0; rank < words.size(); rank++) {
      sum += 1.0 / (rank + 1);
      cumulative[rank] = sum;
    }
    for (int rank = 0; rank < cumulative.length; rank++) {
      cumulative[rank] /= sum;
    }
  }

  /** A new item; the same seed gives the same items in the same order. */
  SearchDocument item(String site, long id) {
    String type = TYPES[random.nextInt(TYPES.length)];
    LocalDate date = LocalDate.of(2012 + random.nextInt(15), 1 + random.nextInt(12), 1 + random.nextInt(28));
    List<SearchDocument.Attachment> attachments =
        "legal".equals(type)
            ? List.of(new SearchDocument.Attachment("document-" + id + ".pdf", lao(8_000)))
            : List.of();
    return new SearchDocument(
        site,
        id,
        type,
        "/" + type + "/item-" + id,
        lao(50),
        english(60),
        lao(200),
        english(150),
        lao(1_500),
        english(900),
        attachments,
        "legal".equals(type) ? KINDS[random.nextInt(KINDS.length)] : null,
        date.getYear(),
        date.atStartOfDay().toInstant(ZoneOffset.ofHours(7)));
  }

  /** A query as readers type them: one to three Lao words, sometimes an English word or two. */
  String query() {
    if (random.nextInt(5) == 0) {
      return ENGLISH[random.nextInt(ENGLISH.length)] + " " + ENGLISH[random.nextInt(ENGLISH.length)];
    }
    StringBuilder query = new StringBuilder();
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      // Readers rarely search for the very commonest words alone.
      query.append(words.get(Math.min(words.size() - 1, 20 + rank(random.nextDouble())))).append(' ');
    }
    return query.toString().strip();
  }

  private String lao(int length) {
    StringBuilder text = new StringBuilder(length + 32);
    while (text.length() < length) {
      int phrase = 2 + random.nextInt(6);
      for (int i = 0; i < phrase; i++) {
        text.append(words.get(rank(random.nextDouble())));
      }
      text.append(random.nextInt(8) == 0 ? "ໆ " : " ");
    }
    return text.toString();
  }

  private String english(int length) {
    StringBuilder text = new StringBuilder(length + 16);
    while (text.length() < length) {
      text.append(ENGLISH[random.nextInt(ENGLISH.length)]).append(random.nextInt(10) == 0 ? ". " : " ");
    }
    return text.toString();
  }

  private int rank(double p) {
    int index = Arrays.binarySearch(cumulative, p);
    return index >= 0 ? index : Math.min(-index - 1, cumulative.length - 1);
  }

  private static List<String> dictionary() {
    try (InputStream in = SyntheticSite.class.getResourceAsStream("/la/gov/gweb/lao/laodict.txt")) {
      if (in == null) {
        throw new IllegalStateException("The Lao dictionary is not on the classpath");
      }
      List<String> words = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
        }
      }
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
