package la.gov.gweb.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import la.gov.gweb.account.Accounts;
import la.gov.gweb.account.ApiTokens;
import la.gov.gweb.account.Caller;
import la.gov.gweb.tenant.CurrentTenant;
import la.gov.gweb.tenant.TenantSnapshot;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code POST /api/v1/auth/tokens}: a bearer token for this site, in exchange for HTTP Basic
 * credentials; on the portal host, a platform admin's token for the platform API.
 */
@Path("/v1/auth/tokens")
public class TokenResource {

    @Inject
    ApiCaller apiCaller;

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens tokens;

    @Inject
    CurrentTenant currentTenant;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a token", description = "Send HTTP Basic credentials of a member of this site;"
            + " on the portal host, of a platform admin.")
    public JsonObject issue() {
        Caller caller = apiCaller.required();
        String token = tokens.issue(accounts.find(caller.username()).orElseThrow(),
                currentTenant.find().map(TenantSnapshot::slug).orElse(null));
        return Json.createObjectBuilder()
                .add("token", token)
                .add("expiresIn", ApiTokens.LIFETIME.toSeconds())
                .build();
    }
}
