package org.sitrep.extract.learn;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
final class CsvReader {
    private final Reader in;
    private int line = 1;

    CsvReader(Reader in) {
        this.in = in;
    }

    /** The line the next record starts on (1-based), for error messages. */
    int line() {
        return line;
    }

    /** The next record's fields, or null at the end. */
    List<String> next() throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = in.read()) != -1) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int d = in.read();
                    if (d == '"') {
                        f.append('"');
                    } else {
                        quoted = false;
                        if (d != -1) {
                            in.reset();
                        }
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    f.append((char) c);
                }
            } else if (c == '"' && f.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(f.toString());
                f.setLength(0);
            } else if (c == '\n') {
                line++;
                fields.add(stripCr(f));
                return fields;
            } else {
                f.append((char) c);
            }
        }
        if (!any) {
            return null;
        }
        if (quoted) {
            throw new IOException("a quoted field is not closed before the end of the file");
        }
        fields.add(stripCr(f));
        return fields;
    }

    private static String stripCr(StringBuilder f) {
        int n = f.length();
        return n > 0 && f.charAt(n - 1) == '\r' ? f.substring(0, n - 1) : f.toString();
    }
}
