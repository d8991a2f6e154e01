package la.gov.gweb.web.console.platform;

import java.util.Arrays;
import java.util.List;

/** Host names as an admin types them in one field: separated by spaces, the primary one first. */
final class TypedHosts {

    private TypedHosts() {
    }

    static List<String> of(String typed) {
        return typed == null || typed.isBlank() ? List.of() : Arrays.asList(typed.strip().split("\\s+"));
    }
}
