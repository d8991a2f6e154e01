/**
 * Brings Lao spelling variants (ຫນ/ໜ, ໍາ/ຳ, mark order, Lao digits, invisible characters, spaces
 * inside words) to one form, as a string API for documents and as a Lucene char filter that keeps
 * offsets into the original text.
 */
package la.gov.gweb.lao.normalize;
