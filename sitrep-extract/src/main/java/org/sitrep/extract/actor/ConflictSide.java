package org.sitrep.extract.actor;

/**
 * A side of one conflict, as its dictionary declares it ({@code #! side key colour label}): the key
 * actors' rows use, the map's colour for the places it holds and the legend's label.
 */
public record ConflictSide(String key, String colour, String label) {
}
