package org.sitrep.server.export;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of a CSV file as Sitrep writes it: RFC 4180 quoting, and cells a spreadsheet would run as
 * a formula defused. A report's source, title or text is untrusted: a cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading single quote (OWASP's
 * rule against CSV injection), except a plain number such as a negative longitude.
 */
final class CsvLine {
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private CsvLine() {
    }

    /** The line of these cells, ending in a newline. */
    static String of(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String f = defused(cells.get(i));
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                b.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                b.append(f);
            }
        }
        return b.append('\n').toString();
    }

    static String defused(String cell) {
        if (cell.isEmpty() || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }
}
