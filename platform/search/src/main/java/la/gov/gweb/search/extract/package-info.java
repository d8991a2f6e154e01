/**
 * Text of attached files (PDF, Word, Excel, OpenDocument) for the index, extracted with Tika and
 * PDFBox under size and time limits, with Lao marks put back in order; a bad file gives a reason,
 * never an exception.
 */
package la.gov.gweb.search.extract;
