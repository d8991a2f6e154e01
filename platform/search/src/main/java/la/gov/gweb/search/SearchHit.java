package la.gov.gweb.search;

import java.time.Instant;

/**
 * One hit of a search, ready to show.
 *
 * @param site the slug of the site the item belongs to
 * @param id the item's id within its site
 * @param type the item's type code
 * @param title the title in the reader's language, or in the other one if that is empty; plain
 *     text, to be escaped by the page
 * @param url the item's path on its site; a hit in an attachment links to its item too
 * @param snippet a short passage as HTML: the text is escaped and the matched words are wrapped in
 *     {@code <mark>}; empty if the item has no text besides its title
 * @param attachment the name of the attached file the snippet comes from, or null if it comes from
 *     the item itself
 * @param date the item's date
 * @param score the relevance score; comparable only within one search
 */
public record SearchHit(
    String site,
    long id,
    String type,
    String title,
    String url,
    String snippet,
    String attachment,
    Instant date,
    float score) {}
