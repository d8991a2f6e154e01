package la.gov.gweb.search;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Builds {@link SearchDocument}s for tests: a news item of 2026 unless told otherwise. */
final class Item {

  private final String site;
  private final long id;
  private String type = "news";
  private String url;
  private String titleLo = "";
  private String titleEn = "";
  private String summaryLo = "";
  private String summaryEn = "";
  private String bodyLo = "";
  private String bodyEn = "";
  private final List<SearchDocument.Attachment> attachments = new ArrayList<>();
  private String legalKind;
  private LocalDate date = LocalDate.of(2026, 1, 15);

  private Item(String site, long id) {
    this.site = site;
    this.id = id;
    this.url = "/news/item-" + id;
  }

  static Item of(String site, long id) {
    return new Item(site, id);
  }

  Item type(String value) {
    type = value;
    url = "/" + value + "/item-" + id;
    return this;
  }

  Item lo(String title, String body) {
    titleLo = title;
    bodyLo = body;
    return this;
  }

  Item en(String title, String body) {
    titleEn = title;
    bodyEn = body;
    return this;
  }

  Item summaries(String lo, String en) {
    summaryLo = lo;
    summaryEn = en;
    return this;
  }

  Item attachment(String name, String text) {
    attachments.add(new SearchDocument.Attachment(name, text));
    return this;
  }

  Item legal(String kind) {
    type("legal");
    legalKind = kind;
    return this;
  }

  Item date(int year, int month, int day) {
    date = LocalDate.of(year, month, day);
    return this;
  }

  SearchDocument build() {
    return new SearchDocument(
        site,
        id,
        type,
        url,
        titleLo,
        titleEn,
        summaryLo,
        summaryEn,
        bodyLo,
        bodyEn,
        attachments,
        legalKind,
        date.getYear(),
        date.atStartOfDay().toInstant(ZoneOffset.ofHours(7)));
  }
}
