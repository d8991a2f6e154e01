/** The audit log: who did what, when, to which item of which site, and from which address. */
package la.gov.gweb.audit;
