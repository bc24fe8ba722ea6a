package org.sitrep.server.index;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The indexed events as columns of primitives, one array per field, in event id order: a filter's
 * scan reads only the arrays it compares, and a million events cost about 130 bytes each and a handful
 * of objects, where one record per event cost twice that in memory and a pointer chase per field.
 * Append-only: {@link #appending} copies the columns with room for more, so an index brought up to
 * date after an ingest costs a copy of arrays, not a rebuild of objects.
 */
final class EventColumns implements Cloneable {
    static final int UNDATED = Integer.MIN_VALUE;
    private static final int[] NO_KEYS = new int[0];

    private int size;
    private long[] id = new long[0];
    private long[] incidentId = new long[0];
    private int[] day = new int[0];
    private int[] type = new int[0];
    private int[] subType = new int[0];
    private int[] placeName = new int[0];
    private int[] mention = new int[0];
    private int[] admin1 = new int[0];
    private int[] admin2 = new int[0];
    private int[] country = new int[0];
    private int[] sourceKey = new int[0];
    private int[] outlet = new int[0];
    private int[] report = new int[0];
    /** The source as stored (a page lists each incident's sources), numbered apart from the filter keys. */
    private int[] source = new int[0];
    private double[] latitude = new double[0];
    private double[] longitude = new double[0];
    /** Web Mercator northing of the latitude (the map's grid cells), computed once here rather than per view. */
    private double[] northing = new double[0];
    /** The evidence sentence's key form as UTF-8: a substring of it is a substring of its bytes. */
    private byte[][] evidence = new byte[0][];
    /** Actor name and parent keys of event i: {@code actorKeys[actorStart[i] .. actorStart[i + 1])}. */
    private int[] actorStart = new int[1];
    private int[] actorKeys = new int[0];
    private int actorCount;
    private int[] sideStart = new int[1];
    private int[] sideKeys = new int[0];
    private int sideCount;

    private EventColumns() {
    }

    static EventColumns withCapacity(int capacity) {
        EventColumns c = new EventColumns();
        c.grow(Math.max(16, capacity));
        c.actorKeys = new int[Math.max(16, capacity * 2)];
        c.sideKeys = new int[Math.max(16, capacity)];
        return c;
    }

    /** A copy of these columns that further rows may be appended to (this one stays as it is). */
    EventColumns appending(int more) {
        EventColumns c;
        try {
            c = (EventColumns) clone(); // the same arrays, until grow gives it copies of its own
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
        c.grow(size + Math.max(16, more));
        c.actorKeys = Arrays.copyOf(actorKeys, actorCount + Math.max(16, more * 2));
        c.sideKeys = Arrays.copyOf(sideKeys, sideCount + Math.max(16, more));
        return c;
    }

    /** One event's values; keys are {@link KeyDictionary} numbers, {@link #UNDATED} and NaN for unknowns. */
    record Row(long id, long incidentId, int day, int type, int subType, double latitude, double longitude,
            int placeName, int mention, int admin1, int admin2, int country, int sourceKey, int outlet, int report,
            int source, String evidence, int[] actors, int[] sides) {
    }

    void add(Row r) {
        if (size == id.length) {
            grow(size * 2);
        }
        int i = size++;
        id[i] = r.id();
        incidentId[i] = r.incidentId();
        day[i] = r.day();
        type[i] = r.type();
        subType[i] = r.subType();
        placeName[i] = r.placeName();
        mention[i] = r.mention();
        admin1[i] = r.admin1();
        admin2[i] = r.admin2();
        country[i] = r.country();
        sourceKey[i] = r.sourceKey();
        outlet[i] = r.outlet();
        report[i] = r.report();
        source[i] = r.source();
        latitude[i] = r.latitude();
        longitude[i] = r.longitude();
        northing[i] = Double.isNaN(r.latitude()) ? Double.NaN
                : Math.log(Math.tan(Math.PI / 4 + Math.toRadians(r.latitude()) / 2));
        evidence[i] = r.evidence() == null ? null : r.evidence().getBytes(StandardCharsets.UTF_8);
        actorKeys = append(actorKeys, actorCount, r.actors());
        actorCount += r.actors().length;
        actorStart[i + 1] = actorCount;
        sideKeys = append(sideKeys, sideCount, r.sides());
        sideCount += r.sides().length;
        sideStart[i + 1] = sideCount;
    }

    int size() {
        return size;
    }

    long id(int i) {
        return id[i];
    }

    long incidentId(int i) {
        return incidentId[i];
    }

    int day(int i) {
        return day[i];
    }

    int type(int i) {
        return type[i];
    }

    int subType(int i) {
        return subType[i];
    }

    int placeName(int i) {
        return placeName[i];
    }

    int mention(int i) {
        return mention[i];
    }

    int admin1(int i) {
        return admin1[i];
    }

    int admin2(int i) {
        return admin2[i];
    }

    int country(int i) {
        return country[i];
    }

    int sourceKey(int i) {
        return sourceKey[i];
    }

    int outlet(int i) {
        return outlet[i];
    }

    int report(int i) {
        return report[i];
    }

    int source(int i) {
        return source[i];
    }

    double latitude(int i) {
        return latitude[i];
    }

    double longitude(int i) {
        return longitude[i];
    }

    double northing(int i) {
        return northing[i];
    }

    boolean placed(int i) {
        return !Double.isNaN(latitude[i]) && !Double.isNaN(longitude[i]);
    }

    boolean hasActor(int i, int key) {
        return holds(actorKeys, actorStart[i], actorStart[i + 1], key);
    }

    boolean hasSide(int i, int key) {
        return holds(sideKeys, sideStart[i], sideStart[i + 1], key);
    }

    /** Actor name and parent keys of event i (for the postings). */
    int[] actors(int i) {
        return actorStart[i] == actorStart[i + 1] ? NO_KEYS : Arrays.copyOfRange(actorKeys, actorStart[i], actorStart[i + 1]);
    }

    int[] sides(int i) {
        return sideStart[i] == sideStart[i + 1] ? NO_KEYS : Arrays.copyOfRange(sideKeys, sideStart[i], sideStart[i + 1]);
    }

    /** Whether event i's evidence (key form) contains the searched words. */
    boolean evidenceContains(int i, WordSearch words) {
        return words.foundIn(evidence[i]);
    }

    private static boolean holds(int[] keys, int from, int to, int key) {
        for (int k = from; k < to; k++) {
            if (keys[k] == key) {
                return true;
            }
        }
        return false;
    }

    private static int[] append(int[] keys, int count, int[] more) {
        if (more.length == 0) {
            return keys;
        }
        int[] out = count + more.length <= keys.length ? keys : Arrays.copyOf(keys, Math.max(keys.length * 2, count + more.length));
        System.arraycopy(more, 0, out, count, more.length);
        return out;
    }

    /** Copies every column into arrays of {@code capacity} rows. */
    private void grow(int capacity) {
        id = Arrays.copyOf(id, capacity);
        incidentId = Arrays.copyOf(incidentId, capacity);
        day = Arrays.copyOf(day, capacity);
        type = Arrays.copyOf(type, capacity);
        subType = Arrays.copyOf(subType, capacity);
        placeName = Arrays.copyOf(placeName, capacity);
        mention = Arrays.copyOf(mention, capacity);
        admin1 = Arrays.copyOf(admin1, capacity);
        admin2 = Arrays.copyOf(admin2, capacity);
        country = Arrays.copyOf(country, capacity);
        sourceKey = Arrays.copyOf(sourceKey, capacity);
        outlet = Arrays.copyOf(outlet, capacity);
        report = Arrays.copyOf(report, capacity);
        source = Arrays.copyOf(source, capacity);
        latitude = Arrays.copyOf(latitude, capacity);
        longitude = Arrays.copyOf(longitude, capacity);
        northing = Arrays.copyOf(northing, capacity);
        evidence = Arrays.copyOf(evidence, capacity);
        actorStart = Arrays.copyOf(actorStart, capacity + 1);
        sideStart = Arrays.copyOf(sideStart, capacity + 1);
    }
}
