/**
 * The page cache of the public sites: rendered pages kept per site, language, path and query,
 * dropped the moment a change of the site commits, and served compressed with validators that
 * let browsers, proxies and CDNs revalidate instead of refetching; and the layout's sitewide
 * parts, kept per site and language under the same change count.
 */
package la.gov.gweb.web.cache;
