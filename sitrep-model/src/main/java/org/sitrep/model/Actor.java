package org.sitrep.model;

/**
 * An actor as coded on an event.
 *
 * @param name   canonical name from the actor dictionary (or the mention, for unknown actors)
 * @param side   alignment: government, opposition, isis, sdf, ..., unidentified
 * @param inter  ACLED interaction code (1 state forces ... 8 external/other), null if unknown
 * @param parent canonical name of the parent actor (Tiger Forces: Syrian Arab Army), or null
 */
public record Actor(String name, String side, Integer inter, String parent) {
    public static final String UNIDENTIFIED = "unidentified";

    public static Actor unidentified(String name) {
        return new Actor(name, UNIDENTIFIED, 3, null);
    }
}
