package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.extract.rules.Draft;
import org.sitrep.gazetteer.Place;
import org.sitrep.model.Location;
import org.sitrep.model.SubEventType;

/**
 * What the paragraph (and the report) has said so far: the region and city it is in, the places
 * it named last, the conflict country and the events it told. What a sentence leaves out ("there",
 * "the town", the enemy of "lost 35 fighters") is read from here.
 */
public final class ParagraphContext {
    /** The places that help place the next, at most: a bounded context lets answers be cached. */
    private static final int MAX_NEARBY = 5;

    int paragraph = -1;
    Location region;
    String regionAdmin1;
    Location city;
    List<Location> lastPlaces = new ArrayList<>();
    List<Place> nearby = new ArrayList<>();
    String countryCode;
    List<Draft> paragraphDrafts = new ArrayList<>();
    /** The report has told an event already. */
    boolean toldEvents;
    /** The paragraph opened with a coder's label ("Movement of forces: ..."). */
    boolean labelled;
    /** The report's conflict country: from its actors and places, else the first a paragraph finds. */
    private String reportCountry;

    public ParagraphContext(String reportCountry) {
        this.reportCountry = reportCountry;
    }

    /** Starts a sentence of paragraph {@code p}: a new paragraph forgets the last one's places. */
    public void enter(int p) {
        if (p == paragraph) {
            return;
        }
        paragraph = p;
        region = null;
        regionAdmin1 = null;
        city = null;
        nearby = new ArrayList<>();
        paragraphDrafts = new ArrayList<>();
        labelled = false;
        countryCode = reportCountry;
    }

    /** Ends a sentence that made {@code made}. */
    public void told(List<Draft> made) {
        paragraphDrafts.addAll(made);
        toldEvents |= !made.isEmpty();
        if (reportCountry == null && countryCode != null) {
            reportCountry = countryCode;
        }
    }

    /**
     * Whether the sentence's triggers tell events: a sentence with a coder's {@code label} does, and
     * once a paragraph opened with one, its unlabelled sentences only describe that event.
     */
    public boolean opensLabelled(SubEventType label) {
        if (label != null) {
            labelled = true;
        }
        return label != null || !labelled;
    }

    /** The region the paragraph is in ("in northern Hama"), or null. */
    public Location region() {
        return region;
    }

    /** The conflict country in context, or null. */
    public String countryCode() {
        return countryCode;
    }

    List<Place> recentNearby() {
        return nearby.size() <= MAX_NEARBY ? nearby : nearby.subList(nearby.size() - MAX_NEARBY, nearby.size());
    }

    Draft lastDraft() {
        return paragraphDrafts.isEmpty() ? null : paragraphDrafts.get(paragraphDrafts.size() - 1);
    }

    Location lastPlace() {
        return lastPlaces.isEmpty() ? null : lastPlaces.get(lastPlaces.size() - 1);
    }
}
