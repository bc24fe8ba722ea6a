package org.sitrep.gazetteer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in places in columns: ids, coordinates and populations in primitive arrays, the codes
 * as numbers into one table of strings, and each place's name and alternate names kept encoded in
 * one byte array. Loading is a few bulk reads; a {@link PlaceRow} is decoded only for a place that
 * is looked at (a short report looks at dozens of the 200,000). Read-only after loading.
 */
final class PackedPlaces {

    private final long[] ids;
    private final double[] latitudes;
    private final double[] longitudes;
    private final long[] populations;
    private final String[] codes;
    private final char[] featureClasses;
    private final char[] featureCodes;
    private final char[] countryCodes;
    private final char[] admin1Codes;
    private final char[] admin2Codes;
    /** Per place, its name then its joined alternate names, as {@link DataOutputStream#writeUTF} writes them. */
    private final byte[] names;
    private final int[] nameStart;
    private final long minId;
    private final long maxId;

    private PackedPlaces(long[] ids, double[] latitudes, double[] longitudes, long[] populations, String[] codes,
                         char[][] codeColumns, byte[] names, int[] nameStart) {
        this.ids = ids;
        this.latitudes = latitudes;
        this.longitudes = longitudes;
        this.populations = populations;
        this.codes = codes;
        this.featureClasses = codeColumns[0];
        this.featureCodes = codeColumns[1];
        this.countryCodes = codeColumns[2];
        this.admin1Codes = codeColumns[3];
        this.admin2Codes = codeColumns[4];
        this.names = names;
        this.nameStart = nameStart;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long id : ids) {
            min = Math.min(min, id);
            max = Math.max(max, id);
        }
        this.minId = min;
        this.maxId = max;
    }

    int size() {
        return ids.length;
    }

    long id(int n) {
        return ids[n];
    }

    /** False when no place here has this id (it is outside their range). */
    boolean mayHold(long id) {
        return id >= minId && id <= maxId;
    }

    double latitude(int n) {
        return latitudes[n];
    }

    double longitude(int n) {
        return longitudes[n];
    }

    long population(int n) {
        return populations[n];
    }

    String featureClass(int n) {
        return codes[featureClasses[n]];
    }

    String featureCode(int n) {
        return codes[featureCodes[n]];
    }

    String countryCode(int n) {
        return codes[countryCodes[n]];
    }

    String admin1Code(int n) {
        return codes[admin1Codes[n]];
    }

    /** The place as a row (its keys are in the file's prebuilt tables, not in the row). */
    PlaceRow row(int n) {
        try {
            DataInputStream in = new DataInputStream(
                    new ByteArrayInputStream(names, nameStart[n], names.length - nameStart[n]));
            String name = in.readUTF();
            List<String> alternates = JoinedNames.read(in);
            return new PlaceRow(ids[n], name, alternates, latitudes[n], longitudes[n], featureClass(n), featureCode(n),
                    countryCode(n), admin1Code(n), codes[admin2Codes[n]], populations[n], List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in gazetteer is corrupt (names of place " + n + ")", e);
        }
    }

    /** Reads what {@link Columns#write} wrote. */
    static PackedPlaces read(DataInputStream in) throws IOException {
        int n = in.readInt();
        long[] ids = new long[n];
        double[] latitudes = new double[n];
        double[] longitudes = new double[n];
        long[] populations = new long[n];
        BulkRead bulk = new BulkRead(in);
        bulk.longs(ids);
        bulk.doubles(latitudes);
        bulk.doubles(longitudes);
        bulk.longs(populations);
        String[] codes = new String[in.readInt()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = in.readUTF();
        }
        char[][] codeColumns = new char[Columns.CODE_COLUMNS][n];
        for (char[] column : codeColumns) {
            bulk.chars(column);
        }
        int[] nameStart = new int[n];
        bulk.ints(nameStart, n);
        byte[] names = new byte[in.readInt()];
        in.readFully(names);
        return new PackedPlaces(ids, latitudes, longitudes, populations, codes, codeColumns, names, nameStart);
    }

    /** Collects rows at build time and writes them in the packed layout. */
    static final class Columns {
        static final int CODE_COLUMNS = 5;
        private final List<PlaceRow> rows = new ArrayList<>();

        void add(PlaceRow row) {
            rows.add(row);
        }

        void write(DataOutputStream out) throws IOException {
            int n = rows.size();
            ByteBuffer ids = ByteBuffer.allocate(n * 8);
            ByteBuffer latitudes = ByteBuffer.allocate(n * 8);
            ByteBuffer longitudes = ByteBuffer.allocate(n * 8);
            ByteBuffer populations = ByteBuffer.allocate(n * 8);
            Map<String, Character> codeNumbers = new HashMap<>();
            List<String> codes = new ArrayList<>();
            ByteBuffer[] codeColumns = new ByteBuffer[CODE_COLUMNS];
            Arrays.setAll(codeColumns, i -> ByteBuffer.allocate(n * 2));
            ByteBuffer nameStart = ByteBuffer.allocate(n * 4);
            ByteArrayOutputStream nameBytes = new ByteArrayOutputStream();
            DataOutputStream names = new DataOutputStream(nameBytes);
            for (PlaceRow r : rows) {
                ids.putLong(r.id());
                latitudes.putDouble(r.latitude());
                longitudes.putDouble(r.longitude());
                populations.putLong(r.population());
                String[] rowCodes = {r.featureClass(), r.featureCode(), r.countryCode(), r.admin1Code(), r.admin2Code()};
                for (int c = 0; c < CODE_COLUMNS; c++) {
                    String code = PlaceFile.nz(rowCodes[c]);
                    Character number = codeNumbers.get(code);
                    if (number == null) {
                        if (codes.size() > Character.MAX_VALUE) {
                            throw new IllegalStateException("more than 65,536 distinct codes in the built-in gazetteer");
                        }
                        number = (char) codes.size();
                        codeNumbers.put(code, number);
                        codes.add(code);
                    }
                    codeColumns[c].putChar(number);
                }
                nameStart.putInt(names.size());
                names.writeUTF(PlaceFile.truncate(r.name(), PlaceFile.MAX_NAME));
                names.writeUTF(PlaceFile.truncate(JoinedNames.join(r.alternateNames()), PlaceFile.MAX_ALTERNATES));
            }
            out.writeInt(n);
            out.write(ids.array());
            out.write(latitudes.array());
            out.write(longitudes.array());
            out.write(populations.array());
            out.writeInt(codes.size());
            for (String code : codes) {
                out.writeUTF(code);
            }
            for (ByteBuffer column : codeColumns) {
                out.write(column.array());
            }
            out.write(nameStart.array());
            out.writeInt(nameBytes.size());
            nameBytes.writeTo(out);
        }
    }
}
