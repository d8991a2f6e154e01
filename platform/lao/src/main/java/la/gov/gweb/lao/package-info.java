/**
 * Lao script basics shared by normalization and analysis: character classes and rule-based syllable
 * segmentation.
 */
package la.gov.gweb.lao;
