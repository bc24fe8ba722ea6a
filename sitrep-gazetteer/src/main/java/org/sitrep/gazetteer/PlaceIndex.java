package org.sitrep.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The loaded gazetteer: places by number, by exact name key and by skeleton key, and places by
 * governorate. Built once by {@link Builder}; read-only (and thread-safe) afterwards.
 */
final class PlaceIndex {

    private final PlaceRows rows;
    private final String[] admin1;
    /** Second-level names are asked of a place only when it is made: not worked out for all at load. */
    private final Admin2Names admin2;
    private final Place[] places;   // made on first use: most places are never looked at
    private final KeyPostings exact;
    private final KeyPostings skeleton;
    private final Map<String, int[]> byAdmin1;
    private final java.util.BitSet builtin;

    private PlaceIndex(PlaceRows rows, String[] admin1, Admin2Names admin2, KeyPostings exact, KeyPostings skeleton,
                       Map<String, int[]> byAdmin1, java.util.BitSet builtin) {
        this.rows = rows;
        this.admin1 = admin1;
        this.admin2 = admin2;
        this.places = new Place[rows.size()];
        this.exact = exact;
        this.skeleton = skeleton;
        this.byAdmin1 = byAdmin1;
        this.builtin = builtin;
    }

    int size() {
        return rows.size();
    }

    /** A place's feature code, without making its {@link Place}. */
    String featureCode(int number) {
        return rows.featureCode(number);
    }

    /** The rows, whose fields can be read without decoding a built-in place. */
    PlaceRows rows() {
        return rows;
    }

    Place place(int number) {
        Place p = places[number];
        if (p == null) {
            // a benign race: two threads may both make the same immutable Place
            PlaceRow r = rows.row(number);
            p = new Place(r.id(), r.name(), r.alternateNames(), r.latitude(), r.longitude(), r.featureClass(),
                    r.featureCode(), r.countryCode(), admin1[number], admin2.of(r), r.population());
            places[number] = p;
        }
        return p;
    }

    /** A place's row as read, without making its {@link Place}. */
    PlaceRow row(int number) {
        return rows.row(number);
    }

    /**
     * The country most of the user's own places are in (imports and extra files), when nearly all
     * of them are (nine in ten); null when the user added none or places of several countries.
     */
    String homeCountry() {
        Map<String, Integer> counts = new HashMap<>();
        int own = 0;
        for (int n = builtin.nextClearBit(0); n < rows.size(); n = builtin.nextClearBit(n + 1)) {
            if (rows.countryCode(n) != null) {
                counts.merge(rows.countryCode(n), 1, Integer::sum);
                own++;
            }
        }
        int total = own;
        return counts.entrySet().stream().filter(e -> e.getValue() * 10 >= total * 9)
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** Whether a place comes from the built-in gazetteer (not from the user's imports). */
    boolean builtin(int number) {
        return builtin.get(number);
    }

    int[] exact(String key) {
        return exact.get(key);
    }

    int[] skeleton(String skeletonKey) {
        return skeleton.get(skeletonKey);
    }

    /** The places whose admin1 display name has this key (see {@link NameKey}). */
    int[] inAdmin1(String admin1Key) {
        return byAdmin1.getOrDefault(admin1Key, new int[0]);
    }

    /** Files a row's keys (and their skeletons) under its place number. */
    static void addKeys(List<String> keys, int number, KeyPostings exact, KeyPostings skeleton) {
        for (String k : keys) {
            exact.add(k, number);
            String s = NameKey.skeletonOfKey(k);
            if (s.length() >= CandidateFinder.MIN_SKELETON_IN_REGION) {
                skeleton.add(s, number);
            }
        }
    }

    /**
     * Collects place files, the built-in one first (its prebuilt key tables are adopted as they
     * are), then imports, whose rows carry their keys: a later row with the same id wins.
     */
    static final class Builder implements PlaceFile.Sink {
        private final Regions regions;
        private final AdminAreas areas;
        private final PlaceRows rows = new PlaceRows();
        private final LongIntMap byId = new LongIntMap(1 << 12);
        /** Built-in places not yet in byId: filed only when a row's id could be one of theirs. */
        private PackedPlaces unfiled;
        private final Map<String, Map<String, String>> admin1Cache = new HashMap<>();
        private final Map<String, String> adminNames = new HashMap<>();
        private KeyPostings exact;
        private KeyPostings skeleton;
        private final java.util.BitSet builtin = new java.util.BitSet();
        private boolean readingBuiltin;

        Builder(Regions regions, AdminAreas areas) {
            this.regions = regions;
            this.areas = areas;
        }

        Builder read(InputStream placeFile) throws IOException {
            PlaceFile.read(placeFile, this);
            return this;
        }

        /** Reads the built-in file: its places are marked as such. */
        Builder readBuiltin(InputStream placeFile) throws IOException {
            readingBuiltin = true;
            try {
                return read(placeFile);
            } finally {
                readingBuiltin = false;
            }
        }

        @Override
        public void accept(PlaceRow row) {
            int number = number(row.id());
            if (number < 0) {
                number = rows.add(row);
                byId.putIfAbsent(row.id(), number);
            } else {
                rows.set(number, row);
            }
            builtin.set(number, readingBuiltin);
            if (!row.keys().isEmpty()) {
                ensureTables();
                addKeys(row.keys(), number, exact, skeleton);
            }
        }

        @Override
        public void index(int places, KeyPostings prebuiltExact, KeyPostings prebuiltSkeleton) {
            if (exact != null || places != rows.size()) {
                throw new IllegalStateException("a prebuilt index must come from the first file read");
            }
            exact = prebuiltExact;
            skeleton = prebuiltSkeleton;
        }

        @Override
        public void packed(PackedPlaces places) {
            if (rows.size() != 0) {
                throw new IllegalStateException("packed places must come from the first file read");
            }
            rows.adopt(places);
            unfiled = places;
            builtin.set(0, places.size(), readingBuiltin);
        }

        /** The place number of an id, or -1; files the built-in ids first if the id is in their range. */
        private int number(long id) {
            if (unfiled != null && unfiled.mayHold(id)) {
                // imports replace built-in places by id; the countries' own ids never need this
                for (int n = 0; n < unfiled.size(); n++) {
                    byId.putIfAbsent(unfiled.id(n), n);
                }
                unfiled = null;
            }
            return byId.get(id);
        }

        @Override
        public void adminName(int level, String countryCode, String code, String name) {
            adminNames.put(level + "|" + countryCode + "|" + code, name);
        }

        private void ensureTables() {
            if (exact == null) {
                exact = new KeyPostings(1 << 12);
                skeleton = new KeyPostings(1 << 12);
            }
        }

        PlaceIndex build() {
            ensureTables();
            Map<String, PlaceRow> capitals = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                if ("PPLC".equals(rows.featureCode(i)) && !capitals.containsKey(rows.countryCode(i))) {
                    capitals.put(rows.countryCode(i), rows.row(i));
                }
            }
            readingBuiltin = true; // countries are part of the product's own gazetteer
            for (PlaceRow country : CountryEntries.rows(capitals)) {
                if (number(country.id()) < 0) {
                    accept(country);
                }
            }
            readingBuiltin = false;
            int n = rows.size();
            String[] admin1 = new String[n];
            // place numbers by governorate, unboxed: 200,000 Integers were a tenth of start-up; in
            // the order governorates first appear, as before
            Map<String, int[]> counts = new java.util.LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                admin1[i] = admin1Name(i);
                if (admin1[i] != null) {
                    counts.computeIfAbsent(admin1[i], k -> new int[1])[0]++;
                }
            }
            Map<String, int[]> admin1Lists = new HashMap<>();
            counts.forEach((name, count) -> {
                admin1Lists.put(name, new int[count[0]]);
                count[0] = 0;
            });
            for (int i = 0; i < n; i++) {
                if (admin1[i] != null) {
                    admin1Lists.get(admin1[i])[counts.get(admin1[i])[0]++] = i;
                }
            }
            Map<String, int[]> byAdmin1 = new HashMap<>();
            admin1Lists.forEach((name, v) -> byAdmin1.merge(NameKey.of(name), v, Builder::concat));
            return new PlaceIndex(rows, admin1, new Admin2Names(adminNames, areas), exact, skeleton, byAdmin1, builtin);
        }

        private static int[] concat(int[] a, int[] b) {
            int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            return out;
        }

        /** Governorate codes (OCHA pcodes or GeoNames codes) first, then names an import gave, then polygons. */
        private String admin1Name(int n) {
            String code = rows.admin1Code(n);
            if (code != null && !code.isEmpty()) {
                // 200,000 rows share a few thousand (country, code) pairs
                String countryCode = rows.countryCode(n);
                Map<String, String> byCode = admin1Cache.computeIfAbsent(countryCode, k -> new HashMap<>());
                String cached = byCode.get(code);
                if (cached == null) {
                    String found = admin1ByCode(countryCode, code);
                    cached = found == null ? "" : found;
                    byCode.put(code, cached);
                }
                if (!cached.isEmpty()) {
                    return cached;
                }
            }
            return areas == AdminAreas.NONE ? null : areas.admin1At(rows.latitude(n), rows.longitude(n)).orElse(null);
        }

        private String admin1ByCode(String countryCode, String admin1Code) {
            var region = regions.byAdmin1Code(countryCode, admin1Code);
            if (region.isPresent() && region.get().countryCode().equals(countryCode)) {
                return region.get().admin1();
            }
            return adminNames.get("1|" + countryCode + "|" + admin1Code);
        }
    }
}
