package org.sitrep.server.index;

import java.util.function.IntToLongFunction;

/**
 * A {@link MatchSink} that also takes many incidents at one coordinate at once: the map's clusters
 * need only how many incidents of a type lie at a place, so a country-wide view over a year adds a
 * few thousand places ({@link PlacedTally}) rather than half a million accounts.
 */
public interface PlaceSink extends MatchSink {
    /**
     * {@code count} incidents (at least one) whose every account is at this coordinate, of this type;
     * none of them is handed over again, as an account or in another call.
     *
     * @param eventType       the ACLED event type, lower case
     * @param northing  Web Mercator northing of the latitude, in radians
     * @param incidents gives the id of one of them (the only one when {@code count} is 1) for {@code first}:
     *                  asked only for the few a sink shows alone, since finding an id costs a read from
     *                  memory far away (at a million events, a country's view over a year adds 18,000 places
     *                  and types)
     */
    void acceptPlace(String eventType, double latitude, double longitude, double northing, int count,
            IntToLongFunction incidents, int first);
}
