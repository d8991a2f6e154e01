package la.gov.gweb.web.security;

import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import la.gov.gweb.i18n.Language;
import la.gov.gweb.web.i18n.Messages;

/** The JSON answers of the API when a sign-in fails, in the caller's language. */
final class ApiChallenge {

    private ApiChallenge() {
    }

    static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context,
                                             HttpServletRequest request, String key) {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"gweb\"");
        write(response, HttpServletResponse.SC_UNAUTHORIZED, message(request, key));
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** A refused password: 429 with Retry-After while throttled, else 401. */
    static AuthenticationStatus refused(HttpServletResponse response, HttpMessageContext context,
                                        HttpServletRequest request, Optional<Duration> wait) {
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            response.setHeader("Retry-After", String.valueOf(seconds));
            write(response, 429, message(request, "auth.throttled", seconds));
            return AuthenticationStatus.SEND_FAILURE;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"gweb\", charset=\"UTF-8\"");
        write(response, HttpServletResponse.SC_UNAUTHORIZED, message(request, "auth.invalid"));
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static String message(HttpServletRequest request, String key, Object... arguments) {
        Language language = Messages.fromAcceptLanguage(request.getHeader("Accept-Language"));
        return Messages.text(language, key, arguments);
    }

    private static void write(HttpServletResponse response, int status, String message) {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        try {
            response.getWriter().write(Json.createObjectBuilder().add("message", message).build().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
