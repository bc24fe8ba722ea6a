package org.sitrep.server.index;

/**
 * What the index keeps of one stored event: the columns the store's filters compare, as key
 * numbers ({@link KeyDictionary}), with the event's incident.
 *
 * @param day      the event's date as epoch day, or {@link Integer#MIN_VALUE} when undated
 * @param actors   name and parent keys of all its actors
 * @param sides    side keys of all its actors
 * @param evidence the evidence sentence's key form, for word search
 */
record IndexedEvent(long id, long incidentId, int day, int type, int subType, double latitude, double longitude,
        int placeName, int mention, int admin1, int admin2, int country, int sourceKey, int outlet, String reportId,
        String evidence, String source, int[] actors, int[] sides) {

    static final int UNDATED = Integer.MIN_VALUE;

    boolean placed() {
        return !Double.isNaN(latitude) && !Double.isNaN(longitude);
    }
}
