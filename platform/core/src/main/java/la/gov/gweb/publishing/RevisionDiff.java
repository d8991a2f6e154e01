package la.gov.gweb.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two revisions of an item: for every field that differs, its lines
 * (paragraphs and list items of rich text) marked kept, removed or added, from a longest common
 * subsequence of the lines, so a one-word change in a long body shows as one changed paragraph.
 */
public final class RevisionDiff {

    /** How a line of a field fares from the older revision to the newer one. */
    public enum Change {
        KEPT,
        REMOVED,
        ADDED
    }

    public record Line(Change change, String text) {
    }

    public record Field(String name, List<Line> lines) {
    }

    private RevisionDiff() {
    }

    public static List<Field> between(RevisionSnapshot older, RevisionSnapshot newer) {
        List<String> names = new ArrayList<>(older.fields().keySet());
        newer.fields().keySet().stream().filter(name -> !names.contains(name)).forEach(names::add);
        List<Field> fields = new ArrayList<>();
        for (String name : names) {
            String before = older.fields().get(name);
            String after = newer.fields().get(name);
            if (!Objects.equals(before, after)) {
                fields.add(new Field(name, lines(split(before), split(after))));
            }
        }
        return fields;
    }

    /** Breaks rich text after its block ends, so paragraphs, headings and list items compare one by one. */
    static List<String> split(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return List.of(text.replaceAll("(?i)(</(p|h[1-6]|li|tr|blockquote|figure)>|<br\\s*/?>)", "$1\n").split("\n"));
    }

    static List<Line> lines(List<String> before, List<String> after) {
        int[][] common = new int[before.size() + 1][after.size() + 1];
        for (int i = before.size() - 1; i >= 0; i--) {
            for (int j = after.size() - 1; j >= 0; j--) {
                common[i][j] = before.get(i).equals(after.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < before.size() || j < after.size()) {
            if (i < before.size() && j < after.size() && before.get(i).equals(after.get(j))) {
                lines.add(new Line(Change.KEPT, before.get(i++)));
                j++;
            } else if (j < after.size() && (i == before.size() || common[i][j + 1] >= common[i + 1][j])) {
                lines.add(new Line(Change.ADDED, after.get(j++)));
            } else {
                lines.add(new Line(Change.REMOVED, before.get(i++)));
            }
        }
        return lines;
    }
}
