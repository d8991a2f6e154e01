package la.gov.gweb.content;

import java.util.List;

/** One page of a longer list: its items, its number (from 1), the page size and the total count. */
public record ResultPage<T>(List<T> items, int number, int size, long total) {

    public ResultPage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < totalPages();
    }

    /** The offset of the first item of page {@code number}, for a query. */
    public static int offset(int number, int size) {
        return (number - 1) * size;
    }
}
