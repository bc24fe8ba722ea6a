package org.sitrep.server.index;

/**
 * Receives the events (one source's account each) that match a query, as the web map draws them:
 * primitives, not an object per account, since a country-wide view over a year at a million events
 * hands over half a million of them.
 */
@FunctionalInterface
public interface MatchSink {
    /**
     * @param day       epoch day, or {@link Integer#MIN_VALUE} when undated
     * @param eventType the ACLED event type, lower case
     * @param latitude  NaN when the account has no coordinates (then so are the others)
     * @param northing  Web Mercator northing of the latitude, in radians
     */
    void accept(long incidentId, int day, String eventType, double latitude, double longitude, double northing);
}
