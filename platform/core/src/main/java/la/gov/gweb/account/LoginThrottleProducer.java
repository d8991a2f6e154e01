package la.gov.gweb.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** One throttle for the whole node, shared by the console and the API. */
@ApplicationScoped
public class LoginThrottleProducer {

    @Produces
    @Singleton
    LoginThrottle throttle() {
        return new LoginThrottle(Clock.systemUTC());
    }
}
