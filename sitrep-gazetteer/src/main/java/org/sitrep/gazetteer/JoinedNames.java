package org.sitrep.gazetteer;

import java.io.ByteArrayInputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.List;

/**
 * A list of names kept as one string (separated by U+001F) and split only when first read: the
 * built-in gazetteer's 650,000 alternate names cost one string per place until a place is used.
 * Read from a place file, even that string is made only then: loading copies the encoded bytes.
 */
final class JoinedNames extends AbstractList<String> {

    static final char SEPARATOR = '\u001F';

    /** The joined string, or its encoding as {@link DataInput#readUTF} reads it (length first). */
    private final Object joined;
    private volatile List<String> split;

    JoinedNames(String joined) {
        this.joined = joined;
    }

    private JoinedNames(byte[] encoded) {
        this.joined = encoded;
    }

    /** The names a place file holds at the stream's position (written with {@link #join} and writeUTF). */
    static List<String> read(DataInput in) throws IOException {
        int length = in.readUnsignedShort();
        if (length == 0) {
            return List.of();
        }
        byte[] encoded = new byte[length + 2];
        encoded[0] = (byte) (length >>> 8);
        encoded[1] = (byte) length;
        in.readFully(encoded, 2, length);
        return new JoinedNames(encoded);
    }

    static String join(List<String> names) {
        return String.join(String.valueOf(SEPARATOR), names);
    }

    private List<String> names() {
        List<String> s = split;
        if (s == null) {
            String text = text();
            s = text.isEmpty() ? List.of() : List.of(text.split(String.valueOf(SEPARATOR)));
            split = s;
        }
        return s;
    }

    private String text() {
        if (joined instanceof String text) {
            return text;
        }
        try {
            return DataInputStream.readUTF(new DataInputStream(new ByteArrayInputStream((byte[]) joined)));
        } catch (IOException e) {
            throw new UncheckedIOException("gazetteer file is corrupt (alternate names)", e);
        }
    }

    @Override
    public String get(int index) {
        return names().get(index);
    }

    @Override
    public int size() {
        return names().size();
    }
}
