package org.sitrep.gazetteer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Location;

/**
 * Measures the geocoder on ACLED's Syria records of January–February 2018: each exact-precision
 * record's location name, with its governorate as the region hint, against its coordinates, with
 * the shared Syrian gazetteer imported. Prints the share within 10 km and the median error.
 */
class AcledGeocodingEvalTest {

    @TempDir
    Path data;

    @Test
    void mostExactAcledLocationsResolveWithinTenKilometres() throws IOException {
        Path places = SharedData.file("gazetteer/syria-places.tsv");
        GeonamesImport.importFile(places, data);
        Result r = evaluate(Gazetteers.load(data, List.of()).geocoder(), "with syria-places.tsv", null);
        assertTrue(r.share >= 0.85, "share within 10 km " + r.share);
        assertTrue(r.median < 2, "median error " + r.median + " km");
    }

    /**
     * The same without the rows that came from ACLED itself (GeoNames and OCHA only): how far
     * variant matching and region fallback carry on names the gazetteer was not built from.
     */
    @Test
    void withoutAcledRowsVariantsAndRegionFallbackStillPlaceMany() throws IOException {
        Path places = SharedData.file("gazetteer/syria-places.tsv");
        Path filtered = data.resolve("SY-without-acled.txt");
        List<String> kept = new ArrayList<>();
        for (String line : Files.readAllLines(places, StandardCharsets.UTF_8)) {
            long id = Long.parseLong(line.substring(0, line.indexOf('\t')));
            if (id < 920_000_000L || id >= 921_000_000L) {
                kept.add(line);
            }
        }
        Files.write(filtered, kept, StandardCharsets.UTF_8);
        GeonamesImport.importFile(filtered, data);
        Gazetteer gazetteer = Gazetteers.load(data, List.of());
        evaluate(gazetteer.geocoder(), "GeoNames + OCHA only, all records", null);
        // the records whose place the gazetteer has (a Syrian entry within 2 km of ACLED's point),
        // under whatever spelling: these measure the matching of variants, not the coverage
        List<double[]> known = new ArrayList<>();
        for (String line : kept) {
            String[] f = line.split("\t");
            if (f[6].equals("P")) {
                known.add(new double[] {Double.parseDouble(f[4]), Double.parseDouble(f[5])});
            }
        }
        Result r = evaluate(gazetteer.geocoder(), "GeoNames + OCHA only, places it has", known);
        assertTrue(r.share >= 0.75, "share within 10 km " + r.share);
    }

    private record Result(double share, double median) {
    }

    private static boolean near(List<double[]> points, double lat, double lon) {
        for (double[] p : points) {
            if (Math.abs(p[0] - lat) < 0.03 && Math.abs(p[1] - lon) < 0.03 && Geo.km(p[0], p[1], lat, lon) <= 2) {
                return true;
            }
        }
        return false;
    }

    private Result evaluate(Geocoder geocoder, String label, List<double[]> onlyNear) throws IOException {
        Path acled = SharedData.file("eval/acled-syria-2018-01-02.csv");

        List<Map<String, String>> records = Csv.read(Files.readString(acled, StandardCharsets.UTF_8));
        List<Double> errors = new ArrayList<>();
        int within = 0;
        int unplaced = 0;
        int regionCentre = 0;
        Map<String, Integer> misses = new HashMap<>();
        for (Map<String, String> r : records) {
            if (!"1".equals(r.get("geo_precision")) || r.get("latitude").isBlank()) {
                continue;
            }
            if (onlyNear != null && !near(onlyNear, Double.parseDouble(r.get("latitude")),
                    Double.parseDouble(r.get("longitude")))) {
                continue;
            }
            Location loc = geocoder.locate(r.get("location"), new GeoContext(r.get("admin1"), "SY", List.of(), null));
            if (loc.rule().startsWith("region centre")) {
                regionCentre++;
            }
            if (!loc.placed()) {
                unplaced++;
                errors.add(Double.MAX_VALUE);
                continue;
            }
            double km = Geo.km(Double.parseDouble(r.get("latitude")), Double.parseDouble(r.get("longitude")),
                    loc.latitude(), loc.longitude());
            errors.add(km);
            if (km <= 10) {
                within++;
            } else {
                misses.merge(r.get("location") + " (" + r.get("admin1") + ") -> " + loc.name() + " [" + loc.rule() + "] "
                        + Math.round(km) + " km", 1, Integer::sum);
            }
        }
        errors.sort(Double::compare);
        double share = within / (double) errors.size();
        double median = errors.get(errors.size() / 2);
        misses.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(40)
                .forEach(e -> System.out.println("miss x" + e.getValue() + ": " + e.getKey()));
        System.out.printf(Locale.ROOT, "ACLED geocoding (%s): %.3f of %d exact-precision records within 10 km, median "
                + "error %.2f km, %d unplaced, %d at a region centre%n", label, share, errors.size(), median, unplaced,
                regionCentre);
        return new Result(share, median);
    }
}
