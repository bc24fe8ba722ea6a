package org.sitrep.gazetteer;

import java.util.Arrays;

/**
 * The gazetteer's rows by place number: the built-in places packed ({@link PackedPlaces}, each
 * decoded into a {@link PlaceRow} on first use), then the rows of the user's files, which may
 * also replace built-in ones. The fields the loader reads of every place are answered without
 * decoding. Filled by one thread; read-only use afterwards is thread-safe.
 */
final class PlaceRows {

    private static final PlaceRow[] NONE = new PlaceRow[0];

    private PackedPlaces packed;
    private int packedSize;
    /** Rows added or replacing packed ones, and packed ones once decoded; null: not decoded yet. */
    private PlaceRow[] rows = NONE;
    private int size;

    /** Takes the built-in places: only before any row. */
    void adopt(PackedPlaces places) {
        if (size != 0) {
            throw new IllegalStateException("packed places must come before any other row");
        }
        packed = places;
        packedSize = places.size();
        size = packedSize;
        rows = new PlaceRow[Math.max(16, size + size / 8)];
    }

    /** Adds a row; returns its place number. */
    int add(PlaceRow row) {
        if (size == rows.length) {
            rows = Arrays.copyOf(rows, Math.max(16, size * 2));
        }
        rows[size] = row;
        return size++;
    }

    /** Replaces the row of a place number. */
    void set(int number, PlaceRow row) {
        rows[number] = row;
    }

    int size() {
        return size;
    }

    PlaceRow row(int n) {
        PlaceRow r = rows[n];
        if (r == null) {
            // a benign race: two threads may both decode the same immutable row
            r = packed.row(n);
            rows[n] = r;
        }
        return r;
    }

    /** Whether the row must be asked (not packed, or replaced or decoded). */
    private boolean unpacked(int n) {
        return n >= packedSize || rows[n] != null;
    }

    long id(int n) {
        return unpacked(n) ? rows[n].id() : packed.id(n);
    }

    double latitude(int n) {
        return unpacked(n) ? rows[n].latitude() : packed.latitude(n);
    }

    double longitude(int n) {
        return unpacked(n) ? rows[n].longitude() : packed.longitude(n);
    }

    long population(int n) {
        return unpacked(n) ? rows[n].population() : packed.population(n);
    }

    String featureClass(int n) {
        return unpacked(n) ? rows[n].featureClass() : packed.featureClass(n);
    }

    String featureCode(int n) {
        return unpacked(n) ? rows[n].featureCode() : packed.featureCode(n);
    }

    String countryCode(int n) {
        return unpacked(n) ? rows[n].countryCode() : packed.countryCode(n);
    }

    String admin1Code(int n) {
        return unpacked(n) ? rows[n].admin1Code() : packed.admin1Code(n);
    }
}
