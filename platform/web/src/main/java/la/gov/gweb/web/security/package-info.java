/**
 * Authentication for the console and the API: one mechanism that signs callers in with a
 * password (console form, HTTP Basic for tokens) or a bearer token, always for one site only.
 */
package la.gov.gweb.web.security;
