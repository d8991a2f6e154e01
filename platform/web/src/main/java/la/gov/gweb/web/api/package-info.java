/**
 * The REST API of each site ({@code /api/v1}): tokens, and content read by anyone and written by
 * members according to their role. Errors are JSON with a message in the caller's language.
 */
package la.gov.gweb.web.api;
