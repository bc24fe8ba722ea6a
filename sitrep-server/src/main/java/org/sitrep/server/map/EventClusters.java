package org.sitrep.server.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntToLongFunction;
import org.sitrep.model.EventType;
import org.sitrep.server.index.PlaceSink;
import org.sitrep.store.event.BoundingBox;

/**
 * Gathers the events of a map view into grid cells of about {@link #CELL_PIXELS} screen pixels at the
 * view's zoom (Web Mercator, the grid anchored at 0°,0° so a cell stays put while the map pans), so
 * the page draws a few hundred markers whatever the store holds. Events are merged incidents; an
 * incident is counted once, in the cell of its first account that matches the query (where that
 * source places it). A cell with one event carries that event. Fed the matching accounts one by one, or
 * the incidents of a place together.
 */
public final class EventClusters implements PlaceSink {
    /** A cell's side on screen; Leaflet's marker clusters use 80. */
    public static final int CELL_PIXELS = 60;
    public static final int MAX_ZOOM = 22;
    /** Web Mercator stops short of the poles. */
    static final double MAX_LATITUDE = 85.05;

    /** One marker: where the cell's events are on average, how many, of which types. */
    public record Cluster(double latitude, double longitude, long count, double[] bbox, Map<String, Long> types,
            Single event) {
    }

    /** The event of a cell that holds one; {@code status} its review status (the map draws reviewed ones apart). */
    public record Single(long id, LocalDate date, String eventType, String subEventType, String place,
            int fatalities, String status) {
    }

    /** The clusters of a view and the number of events they hold. */
    public record View(int zoom, long total, List<Cluster> clusters) {
    }

    private final int zoom;
    private final double cell;
    /** The view's cells, a column per grid x from {@link #west}, each from {@link #south} up (a view is a few hundred a side). */
    private final long west;
    private final long south;
    private final int columns;
    private final int rows;
    private final Cell[] grid;
    private final LongSet counted = new LongSet();

    /** Gathers the events of a view: every event handed over lies in {@code view}. */
    public EventClusters(int zoom, BoundingBox view) {
        if (zoom < 0 || zoom > MAX_ZOOM) {
            throw new IllegalArgumentException("zoom must be 0 to " + MAX_ZOOM + ", not " + zoom);
        }
        this.zoom = zoom;
        this.cell = cellRadians(zoom);
        this.west = gridX(view.west());
        this.south = gridY(Math.max(view.south(), -MAX_LATITUDE));
        this.columns = (int) (gridX(view.east()) - west + 1);
        this.rows = (int) (gridY(Math.min(view.north(), MAX_LATITUDE)) - south + 1);
        this.grid = new Cell[Math.multiplyExact(columns, rows)];
    }

    private long gridX(double longitude) {
        return (long) Math.floor(Math.toRadians(longitude) / cell);
    }

    private long gridY(double latitude) {
        return (long) Math.floor(northing(latitude) / cell);
    }

    /** A cell's side in radians of longitude (and of Mercator northing) at a zoom. */
    static double cellRadians(int zoom) {
        return 2 * Math.PI / (256 * Math.pow(2, zoom)) * CELL_PIXELS;
    }

    static double northing(double latitude) {
        return Math.log(Math.tan(Math.PI / 4 + Math.toRadians(latitude) / 2));
    }

    @Override
    public void accept(long incidentId, int day, String eventType, double latitude, double longitude,
            double northing) {
        if (Double.isNaN(latitude) || Double.isNaN(longitude) || Math.abs(latitude) > MAX_LATITUDE
                || !counted.add(incidentId)) {
            return;
        }
        Cell c = cellAt(longitude, northing);
        if (c.count == 0) {
            c.firstIncident = incidentId;
        }
        c.add(1, eventType, latitude, longitude);
    }

    @Override
    public void acceptPlace(String eventType, double latitude, double longitude, double northing, int count,
            IntToLongFunction incidents, int first) {
        if (Math.abs(latitude) <= MAX_LATITUDE) {
            Cell c = cellAt(longitude, northing);
            if (c.count == 0) {
                c.incidents = incidents;
                c.first = first;
            }
            c.add(count, eventType, latitude, longitude);
        }
    }

    private Cell cellAt(double longitude, double northing) {
        // the query kept the view's events; clamping only absorbs a rounding at its edges
        int x = (int) Math.max(0, Math.min(columns - 1, (long) Math.floor(Math.toRadians(longitude) / cell) - west));
        int y = (int) Math.max(0, Math.min(rows - 1, (long) Math.floor(northing / cell) - south));
        int k = x * rows + y;
        if (grid[k] == null) {
            grid[k] = new Cell();
        }
        return grid[k];
    }

    /**
     * The clusters gathered so far.
     *
     * @param singles the events of the cells that hold one, by incident id (asked for once, for all)
     */
    public View view(Function<Collection<Long>, Map<Long, Single>> singles) {
        List<Cell> cells = new ArrayList<>();
        for (Cell c : grid) { // west to east, then south to north
            if (c != null) {
                cells.add(c);
            }
        }
        List<Long> lone = cells.stream().filter(c -> c.count == 1).map(Cell::firstIncident).toList();
        Map<Long, Single> events = lone.isEmpty() ? Map.of() : singles.apply(lone);
        List<Cluster> clusters = new ArrayList<>(cells.size());
        long total = 0;
        for (Cell c : cells) {
            clusters.add(new Cluster(c.latitudes / c.count, c.longitudes / c.count, c.count,
                    new double[] {c.west, c.south, c.east, c.north}, c.typeCounts(),
                    c.count == 1 ? events.get(c.firstIncident()) : null));
            total += c.count;
        }
        return new View(zoom, total, clusters);
    }

    /** The events of one cell. */
    private static final class Cell {
        /**
         * Events per type (lower case, as the index keeps it), in order of first sight: a few types, so
         * a look-up is a short walk comparing the index's own strings, not a hash per place or account.
         */
        String[] typeNames = new String[4];
        long[] typeCounts = new long[4];
        int typeCount;
        long count;
        double latitudes;
        double longitudes;
        double west = Double.MAX_VALUE;
        double south = Double.MAX_VALUE;
        double east = -Double.MAX_VALUE;
        double north = -Double.MAX_VALUE;
        /** The cell's first incident: its id, or where {@link #incidents} finds it. */
        long firstIncident;
        IntToLongFunction incidents;
        int first;

        long firstIncident() {
            return incidents == null ? firstIncident : incidents.applyAsLong(first);
        }

        /** Adds {@code n} incidents at one coordinate, of one type. */
        void add(int n, String eventType, double latitude, double longitude) {
            west = Math.min(west, longitude);
            east = Math.max(east, longitude);
            south = Math.min(south, latitude);
            north = Math.max(north, latitude);
            latitudes += latitude * n;
            longitudes += longitude * n;
            int t = typeSlot(eventType); // before indexing: it may give the counts a longer array
            typeCounts[t] += n;
            count += n;
        }

        private int typeSlot(String eventType) {
            for (int t = 0; t < typeCount; t++) {
                if (java.util.Objects.equals(typeNames[t], eventType)) {
                    return t;
                }
            }
            if (typeCount == typeNames.length) {
                typeNames = java.util.Arrays.copyOf(typeNames, typeCount * 2);
                typeCounts = java.util.Arrays.copyOf(typeCounts, typeCount * 2);
            }
            typeNames[typeCount] = eventType;
            return typeCount++;
        }

        /** Events per type, most frequent first (ties in ACLED's order). */
        Map<String, Long> typeCounts() {
            Map<String, long[]> byLabel = new LinkedHashMap<>();
            for (int t = 0; t < typeCount; t++) {
                byLabel.computeIfAbsent(label(typeNames[t]), k -> new long[1])[0] += typeCounts[t];
            }
            List<String> order = new ArrayList<>(byLabel.keySet());
            order.sort((a, b) -> byLabel.get(a)[0] != byLabel.get(b)[0]
                    ? Long.compare(byLabel.get(b)[0], byLabel.get(a)[0]) : Integer.compare(rank(a), rank(b)));
            Map<String, Long> out = new LinkedHashMap<>();
            order.forEach(t -> out.put(t, byLabel.get(t)[0]));
            return out;
        }
    }

    /** The type as ACLED spells it (the index keeps it in lower case). */
    static String label(String lowerCase) {
        return lowerCase == null ? "unknown" : EventType.find(lowerCase).map(EventType::label).orElse(lowerCase);
    }

    private static int rank(String label) {
        return EventType.find(label).map(EventType::ordinal).orElse(Integer.MAX_VALUE);
    }
}
