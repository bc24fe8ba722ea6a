package org.sitrep.server.areas;

/**
 * A place with a known state of control on a day, as a site of the tessellation. {@code side} is null
 * when sources disagree: its cell stays blank, yet it still bounds its neighbours' areas.
 */
public record HeldSite(double longitude, double latitude, String side) {
}
