package org.sitrep.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads admin areas from GeoJSON (a FeatureCollection, or one Feature, of Polygon / MultiPolygon
 * geometries). Lenient about property names: the name from {@code name}, {@code NAME},
 * {@code name_en}, {@code ADM1_EN}/{@code ADM2_EN} (OCHA), {@code shapeName} (geoBoundaries);
 * the code from {@code pcode}, {@code ADM1_PCODE}/{@code ADM2_PCODE}, {@code shapeISO}; the
 * level from {@code admin_level}/{@code level}, {@code shapeType} ("ADM2"), the OCHA property
 * names, or the pcode's length (SY05 level 1, SY0504 level 2). A governorate whose pcode or name
 * is in the region tables takes the tables' display name.
 */
final class GeoJsonAreas {

    private static final Pattern PCODE = Pattern.compile("([A-Z]{2})(\\d+)");

    /** The areas read, and how many features were skipped and why. */
    record Result(List<AdminArea> areas, Map<String, Integer> skipped) {
    }

    private final Regions regions;

    GeoJsonAreas(Regions regions) {
        this.regions = regions;
    }

    Result read(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException("not valid JSON: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (root == null || !root.isObject()) {
            throw new IOException("not a GeoJSON object");
        }
        List<JsonNode> features = new ArrayList<>();
        if ("FeatureCollection".equals(root.path("type").asText())) {
            root.path("features").forEach(features::add);
        } else if ("Feature".equals(root.path("type").asText())) {
            features.add(root);
        } else {
            throw new IOException("not a GeoJSON FeatureCollection or Feature");
        }
        List<AdminArea> areas = new ArrayList<>();
        Map<String, Integer> skipped = new java.util.TreeMap<>();
        for (JsonNode f : features) {
            String problem = readFeature(f, areas);
            if (problem != null) {
                skipped.merge(problem, 1, Integer::sum);
            }
        }
        return new Result(areas, skipped);
    }

    private String readFeature(JsonNode feature, List<AdminArea> out) {
        JsonNode props = feature.path("properties");
        JsonNode geometry = feature.path("geometry");
        List<double[]> rings = new ArrayList<>();
        String type = geometry.path("type").asText();
        try {
            if (type.equals("Polygon")) {
                addRings(geometry.path("coordinates"), rings);
            } else if (type.equals("MultiPolygon")) {
                for (JsonNode polygon : geometry.path("coordinates")) {
                    addRings(polygon, rings);
                }
            } else {
                return "no Polygon or MultiPolygon geometry";
            }
        } catch (IllegalArgumentException e) {
            return "bad coordinates";
        }
        if (rings.isEmpty()) {
            return "empty geometry";
        }
        int level = level(props);
        String pcode = text(props, level == 2 ? "ADM2_PCODE" : "ADM1_PCODE", "pcode", "PCODE", "admin_code", "shapeISO", "code");
        String name = text(props, level == 2 ? "ADM2_EN" : "ADM1_EN", "name", "NAME", "name_en", "NAME_EN", "shapeName",
                "NAME_1", "admin1");
        String nameAr = text(props, level == 2 ? "ADM2_AR" : "ADM1_AR", "name_ar", "NAME_AR");
        if (name == null && pcode == null) {
            return "no name";
        }
        String cc = text(props, "cc", "iso2", "ISO2", "country_code", "ADM0_PCODE");
        if (cc == null && pcode != null) {
            Matcher m = PCODE.matcher(pcode);
            cc = m.matches() ? m.group(1) : null;
        }
        if (level == 1) {
            String country = cc;
            var region = regions.byAdmin1Code(cc, pcode).or(() -> regions.admin1(country, name));
            if (region.isPresent()) {
                out.add(AdminArea.of(1, region.get().countryCode(), pcode, region.get().admin1(), nameAr, rings));
                return null;
            }
        }
        out.add(AdminArea.of(level, cc, pcode, name != null ? name : pcode, nameAr, rings));
        return null;
    }

    private static void addRings(JsonNode polygon, List<double[]> rings) {
        for (JsonNode ring : polygon) {
            double[] coords = new double[ring.size() * 2];
            int i = 0;
            for (JsonNode point : ring) {
                if (point.size() < 2 || !point.get(0).isNumber() || !point.get(1).isNumber()) {
                    throw new IllegalArgumentException("bad point");
                }
                coords[i++] = point.get(0).asDouble();
                coords[i++] = point.get(1).asDouble();
            }
            if (coords.length >= 6) {
                rings.add(coords);
            }
        }
    }

    private static int level(JsonNode props) {
        String explicit = text(props, "admin_level", "level", "adm_level", "shapeType");
        if (explicit != null) {
            String digits = explicit.replaceAll("\\D", "");
            if (digits.equals("1") || digits.equals("2")) {
                return Integer.parseInt(digits);
            }
        }
        if (props.has("ADM2_PCODE") || props.has("ADM2_EN")) {
            return 2;
        }
        if (props.has("ADM1_PCODE") || props.has("ADM1_EN")) {
            return 1;
        }
        String pcode = text(props, "pcode", "PCODE");
        if (pcode != null) {
            Matcher m = PCODE.matcher(pcode);
            if (m.matches() && m.group(2).length() >= 4) {
                return 2;
            }
        }
        return 1;
    }

    private static String text(JsonNode props, String... names) {
        for (String n : names) {
            JsonNode v = props.get(n);
            if (v == null) {
                // property names differ in case between producers
                for (Iterator<String> it = props.fieldNames(); it.hasNext(); ) {
                    String field = it.next();
                    if (field.toLowerCase(Locale.ROOT).equals(n.toLowerCase(Locale.ROOT))) {
                        v = props.get(field);
                        break;
                    }
                }
            }
            if (v != null && !v.isNull() && !v.asText().isBlank()) {
                return v.asText().strip();
            }
        }
        return null;
    }
}
