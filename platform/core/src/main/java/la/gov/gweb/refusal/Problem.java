package la.gov.gweb.refusal;

import java.util.List;

/**
 * One thing wrong with a request, as a message key (looked up in the user's language by the
 * console or the API) with its arguments and the field it concerns. An argument may itself be a
 * problem, the reason behind this one, written in the same language.
 */
public record Problem(String field, String key, List<Object> arguments) {

    public static Problem of(String field, String key, Object... arguments) {
        return new Problem(field, key, List.of(arguments));
    }
}
