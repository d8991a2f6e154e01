package la.gov.gweb.platform;

import java.util.List;
import la.gov.gweb.refusal.Problem;

/**
 * One site of a roll-out file, as read from its line: the values of its columns, host names
 * split on spaces, and what is wrong with it on its own or within the file (none when it may be
 * created).
 */
public record RolloutRow(int line, String slug, String nameLo, String nameEn, List<String> hosts, String theme,
                         String template, String colour, String adminUsername, String adminName, String adminEmail,
                         List<Problem> problems) {

    public RolloutRow {
        hosts = List.copyOf(hosts);
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
