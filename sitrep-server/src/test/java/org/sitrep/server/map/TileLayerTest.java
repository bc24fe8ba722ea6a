package org.sitrep.server.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TileLayerTest {
    @Test
    void aLayerIsNamedAfterItsHostAndItsOriginGoesIntoThePolicy() {
        TileLayer osm = TileLayer.of("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png", " © OSM ");
        assertEquals("tile.openstreetmap.org", osm.name());
        assertEquals("https://*.tile.openstreetmap.org", osm.origin());
        assertEquals("© OSM", osm.attribution());
        TileLayer local = TileLayer.of("http://127.0.0.1:8080/tiles/{z}/{x}/{y}.png", null);
        assertEquals("http://127.0.0.1:8080", local.origin());
        assertEquals("", local.attribution());
        assertEquals("Mine", new TileLayer("Mine", local.url(), "").name());
    }

    @Test
    void aTemplateNeedsItsPlaceholdersAndHttp() {
        String why = assertThrows(IllegalArgumentException.class,
                () -> TileLayer.of("https://tiles.example.org/{z}/{x}.png", null)).getMessage();
        assertTrue(why.contains("{z}, {x} and {y}"), why);
        why = assertThrows(IllegalArgumentException.class,
                () -> TileLayer.of("file:///tiles/{z}/{x}/{y}.png", null)).getMessage();
        assertTrue(why.contains("http:// or https://"), why);
        assertThrows(IllegalArgumentException.class, () -> TileLayer.of("javascript:{z}{x}{y}", null));
        assertThrows(IllegalArgumentException.class, () -> TileLayer.of(null, null));
    }

    @Test
    void thePolicyAllowsImagesFromEachTileServerAndScriptsFromThisServerOnly() {
        MapLayers none = MapLayers.NONE;
        assertTrue(none.contentSecurityPolicy().contains("img-src 'self' data: blob:;"), none.contentSecurityPolicy());
        MapLayers two = new MapLayers(List.of(TileLayer.of("https://a.example.org/{z}/{x}/{y}.png", null),
                TileLayer.of("https://a.example.org/other/{z}/{x}/{y}.png", null),
                TileLayer.of("http://localhost:9000/{z}/{x}/{y}.png", null)), List::of);
        String policy = two.contentSecurityPolicy();
        assertTrue(policy.contains("img-src 'self' data: blob: https://a.example.org http://localhost:9000;"), policy);
        assertTrue(policy.contains("script-src 'self';"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
    }
}
