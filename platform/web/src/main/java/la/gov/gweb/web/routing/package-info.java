/**
 * Clean public URLs ({@code /news/slug}, {@code /en/legal?type=decree}) parsed into routes,
 * checked and loaded before a view renders, so that a missing item is a real 404.
 */
package la.gov.gweb.web.routing;
