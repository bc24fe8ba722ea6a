package org.sitrep.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The loaded gazetteer: places by number, by exact name key and by skeleton key, and places by
 * governorate. Built once by {@link Builder}; read-only (and thread-safe) afterwards.
 */
final class PlaceIndex {

    private final List<Place> places;
    private final KeyPostings exact;
    private final KeyPostings skeleton;
    private final Map<String, int[]> byAdmin1;

    private PlaceIndex(List<Place> places, KeyPostings exact, KeyPostings skeleton, Map<String, int[]> byAdmin1) {
        this.places = places;
        this.exact = exact;
        this.skeleton = skeleton;
        this.byAdmin1 = byAdmin1;
    }

    int size() {
        return places.size();
    }

    Place place(int number) {
        return places.get(number);
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
        private final List<PlaceRow> rows = new ArrayList<>(1 << 18);
        private final Map<Long, Integer> byId = new HashMap<>(1 << 19);
        private final Map<String, String> adminNames = new HashMap<>();
        private KeyPostings exact;
        private KeyPostings skeleton;

        Builder(Regions regions, AdminAreas areas) {
            this.regions = regions;
            this.areas = areas;
        }

        Builder read(InputStream placeFile) throws IOException {
            PlaceFile.read(placeFile, this);
            return this;
        }

        @Override
        public void accept(PlaceRow row) {
            Integer number = byId.putIfAbsent(row.id(), rows.size());
            if (number == null) {
                number = rows.size();
                rows.add(row);
            } else {
                rows.set(number, row);
            }
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
            List<Place> places = new ArrayList<>(rows.size());
            Map<String, List<Integer>> admin1Lists = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                PlaceRow r = rows.get(i);
                String admin1 = admin1Name(r);
                String admin2 = r.admin2Code().isEmpty() ? null
                        : adminNames.get("2|" + r.countryCode() + "|" + r.admin1Code() + "." + r.admin2Code());
                if (admin2 == null && areas != AdminAreas.NONE) {
                    admin2 = areas.admin2At(r.latitude(), r.longitude()).orElse(null);
                }
                places.add(new Place(r.id(), r.name(), r.alternateNames(), r.latitude(), r.longitude(),
                        r.featureClass(), r.featureCode(), r.countryCode(), admin1, admin2, r.population()));
                if (admin1 != null) {
                    admin1Lists.computeIfAbsent(admin1, k -> new ArrayList<>()).add(i);
                }
            }
            Map<String, int[]> byAdmin1 = new HashMap<>();
            admin1Lists.forEach((name, v) -> byAdmin1.merge(NameKey.of(name),
                    v.stream().mapToInt(Integer::intValue).toArray(), Builder::concat));
            rows.clear();
            return new PlaceIndex(Collections.unmodifiableList(places), exact, skeleton, byAdmin1);
        }

        private static int[] concat(int[] a, int[] b) {
            int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            return out;
        }

        /** Governorate codes (OCHA pcodes or GeoNames codes) first, then names an import gave, then polygons. */
        private String admin1Name(PlaceRow r) {
            String code = r.admin1Code();
            if (code != null && !code.isEmpty()) {
                var region = regions.byAdmin1Code(r.countryCode(), code);
                if (region.isPresent() && region.get().countryCode().equals(r.countryCode())) {
                    return region.get().admin1();
                }
                String named = adminNames.get("1|" + r.countryCode() + "|" + code);
                if (named != null) {
                    return named;
                }
            }
            return areas == AdminAreas.NONE ? null : areas.admin1At(r.latitude(), r.longitude()).orElse(null);
        }
    }
}
