package la.gov.gweb.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import la.gov.gweb.tenant.CurrentTenant;

/**
 * The identity store of the platform: checks a user name and password against the platform
 * catalog and gives the caller the groups of its role on the site of the request, so the same
 * account has different rights on different sites and none where it is not a member.
 */
@ApplicationScoped
public class SiteIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Inject
    CurrentTenant currentTenant;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Optional<Account> account = accounts.authenticate(credential.getCaller(), credential.getPassword().getValue());
        if (account.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Caller caller = callerOnThisSite(account.get());
        return new CredentialValidationResult(caller.username(), caller.groups());
    }

    /** The account as a caller on the current site (or on the portal, where only platform admins count). */
    public Caller callerOnThisSite(Account account) {
        Optional<SiteRole> role = currentTenant.find().flatMap(site -> accounts.roleOn(account, site.slug()));
        return new Caller(account.username(), role, account.isPlatformAdmin());
    }
}
