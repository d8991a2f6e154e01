/**
 * The size of an upload is checked before the container reads it, so that a file far over the
 * limit gets the same clear message as any other refusal, never the container's error page.
 */
package la.gov.gweb.web.upload;
