/**
 * Lucene analyzers for G-Web: a dictionary-segmented Lao word field, a Lao syllable field for
 * phrase queries that reach inside compounds, and an English field.
 */
package la.gov.gweb.lao.analysis;
