package org.sitrep.gazetteer;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The compact binary form of a gazetteer (the built-in index and each imported file in the data
 * directory): a magic number, then records until an end marker. A place record holds a
 * {@link PlaceRow}; an admin-name record names an admin code ("SY.SY0204" → "Al Bab"); an index
 * record (the built-in file only) holds the finished key tables of the places before it, whose
 * rows then carry no keys; the built-in file holds its places as one packed record
 * ({@link PackedPlaces}) instead of place records. Loading reads it sequentially, with no parsing or
 * normalisation.
 */
public final class PlaceFile {

    static final int MAGIC = 0x53475A33; // "SGZ3": bump when the layout or the keys (NameKey) change
    private static final byte PLACE = 1;
    private static final byte ADMIN_NAME = 2;
    private static final byte INDEX = 3;
    private static final byte PACKED = 4;
    private static final byte END = 0;
    static final int MAX_NAME = 2000;
    static final int MAX_ALTERNATES = 20_000;

    private PlaceFile() {
    }

    /** Writes rows and admin names; call {@link #close()} to finish the file. */
    public static final class Writer implements AutoCloseable {
        private final DataOutputStream out;
        private final KeyPostings exact;
        private final KeyPostings skeleton;
        private final PackedPlaces.Columns packed;
        private int places;

        /** A writer whose rows carry their keys (imports). */
        public Writer(OutputStream out) throws IOException {
            this(out, false);
        }

        /**
         * @param indexed true to write the places packed and the finished key tables at the end
         *                instead of a record with keys per place (the built-in file: loading then
         *                needs no hashing and makes no object per place)
         */
        public Writer(OutputStream out, boolean indexed) throws IOException {
            this.out = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
            this.out.writeInt(MAGIC);
            this.exact = indexed ? new KeyPostings(1 << 20) : null;
            this.skeleton = indexed ? new KeyPostings(1 << 19) : null;
            this.packed = indexed ? new PackedPlaces.Columns() : null;
        }

        public void place(PlaceRow row) throws IOException {
            if (exact != null) {
                PlaceIndex.addKeys(row.keys(), places, exact, skeleton);
                packed.add(row);
                places++;
                return;
            }
            out.writeByte(PLACE);
            out.writeLong(row.id());
            out.writeUTF(truncate(row.name(), MAX_NAME));
            out.writeDouble(row.latitude());
            out.writeDouble(row.longitude());
            out.writeUTF(nz(row.featureClass()));
            out.writeUTF(nz(row.featureCode()));
            out.writeUTF(nz(row.countryCode()));
            out.writeUTF(nz(row.admin1Code()));
            out.writeUTF(nz(row.admin2Code()));
            out.writeLong(row.population());
            out.writeUTF(truncate(JoinedNames.join(row.alternateNames()), MAX_ALTERNATES));
            strings(row.keys());
            places++;
        }

        /** Names an admin code: level 1 or 2, e.g. (1, "SY", "SY05", "Hama"). */
        public void adminName(int level, String countryCode, String code, String name) throws IOException {
            out.writeByte(ADMIN_NAME);
            out.writeByte(level);
            out.writeUTF(nz(countryCode));
            out.writeUTF(nz(code));
            out.writeUTF(nz(name));
        }

        public int places() {
            return places;
        }

        private void strings(List<String> values) throws IOException {
            int n = Math.min(values.size(), 0xFFFF);
            out.writeShort(n);
            for (int i = 0; i < n; i++) {
                out.writeUTF(truncate(values.get(i), 2000));
            }
        }

        @Override
        public void close() throws IOException {
            if (exact != null) {
                out.writeByte(PACKED);
                packed.write(out);
                out.writeByte(INDEX);
                out.writeInt(places);
                exact.write(out);
                skeleton.write(out);
            }
            out.writeByte(END);
            out.close();
        }
    }

    /** What a reader hands out besides places. */
    public interface Sink extends Consumer<PlaceRow> {
        void adminName(int level, String countryCode, String code, String name);

        /** The finished key tables of the {@code places} rows before it in this file. */
        default void index(int places, KeyPostings exact, KeyPostings skeleton) {
            throw new IllegalStateException("this reader takes no prebuilt index");
        }

        /** The places of the built-in file, packed. */
        default void packed(PackedPlaces places) {
            throw new IllegalStateException("this reader takes no packed places");
        }
    }

    /** Reads a whole file into the sink. */
    public static void read(InputStream raw, Sink sink) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new ChunkedInput(raw), 1 << 16));
        // feature and admin codes repeat across rows: one string each, not 200,000 copies
        java.util.Map<String, String> codes = new java.util.HashMap<>();
        int magic = in.readInt();
        if (magic >> 8 == MAGIC >> 8 && magic != MAGIC) {
            throw new IOException("written by another version of Sitrep: import the file again");
        }
        if (magic != MAGIC) {
            throw new IOException("not a Sitrep gazetteer file (bad magic number)");
        }
        while (true) {
            byte kind;
            try {
                kind = in.readByte();
            } catch (EOFException e) {
                throw new IOException("gazetteer file is truncated (no end marker)");
            }
            if (kind == END) {
                return;
            }
            if (kind == PACKED) {
                sink.packed(PackedPlaces.read(in));
            } else if (kind == INDEX) {
                int places = in.readInt();
                sink.index(places, KeyPostings.read(in), KeyPostings.read(in));
            } else if (kind == ADMIN_NAME) {
                int level = in.readByte();
                sink.adminName(level, in.readUTF(), in.readUTF(), in.readUTF());
            } else if (kind == PLACE) {
                long id = in.readLong();
                String name = in.readUTF();
                double lat = in.readDouble();
                double lon = in.readDouble();
                String fclass = intern(codes, in.readUTF());
                String fcode = intern(codes, in.readUTF());
                String cc = intern(codes, in.readUTF());
                String a1 = intern(codes, in.readUTF());
                String a2 = intern(codes, in.readUTF());
                long population = in.readLong();
                List<String> alternates = JoinedNames.read(in);
                List<String> keys = strings(in);
                sink.accept(new PlaceRow(id, name, alternates, lat, lon, fclass, fcode, cc, a1, a2, population, keys));
            } else {
                throw new IOException("gazetteer file is corrupt (record kind " + kind + ")");
            }
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readUnsignedShort();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(in.readUTF());
        }
        return out;
    }

    private static String intern(java.util.Map<String, String> pool, String s) {
        String known = pool.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    /** writeUTF takes at most 65535 bytes (3 a char at worst); names never come close, a broken row might. */
    static String truncate(String s, int chars) {
        return s.length() > chars ? s.substring(0, chars) : s;
    }
}
