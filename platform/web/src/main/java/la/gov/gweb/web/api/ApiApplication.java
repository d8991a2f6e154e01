package la.gov.gweb.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The API of each site under {@code /api}; Payara serves its OpenAPI description at {@code /openapi}. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "G-Web site API", version = "1",
        description = "Content of one government site. Every call is answered for the site of the Host header only."))
public class ApiApplication extends Application {
}
