/**
 * Refusals shared by every service: a request refused as a whole, with each reason as a message
 * key that the console and the API show in the user's language.
 */
package la.gov.gweb.refusal;
