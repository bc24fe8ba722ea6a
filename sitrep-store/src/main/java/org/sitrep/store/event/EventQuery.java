package org.sitrep.store.event;

import java.time.LocalDate;

/**
 * Which events to return; every non-null field must match (AND). Names compare
 * case-insensitively and without accents or punctuation ({@link org.sitrep.store.db.Keys}).
 *
 * @param from         events dated on or after (undated events never match a date bound)
 * @param to           events dated on or before
 * @param eventType    ACLED event type label, e.g. "Battles"
 * @param subEventType ACLED sub-event type label, e.g. "Armed clash"
 * @param actor        an actor of the event (actor1, actor2 or associated), by name or parent name
 * @param side         a side of any of the event's actors, e.g. "government"
 * @param place        the place's gazetteer name or its mention in the text
 * @param governorate  the place's admin1
 * @param admin2       the place's second-level area (district)
 * @param country      the event's country
 * @param bbox         events placed inside the box (unplaced events never match)
 * @param source       the source that says so, or the outlet that published the report
 * @param text         words in the evidence sentence
 * @param reportId     events of one report
 */
public record EventQuery(
        LocalDate from,
        LocalDate to,
        String eventType,
        String subEventType,
        String actor,
        String side,
        String place,
        String governorate,
        String admin2,
        String country,
        BoundingBox bbox,
        String source,
        String text,
        String reportId) {

    /** Every event. */
    public static EventQuery all() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a query field by field; unset fields do not filter. */
    public static final class Builder {
        private LocalDate from;
        private LocalDate to;
        private String eventType;
        private String subEventType;
        private String actor;
        private String side;
        private String place;
        private String governorate;
        private String admin2;
        private String country;
        private BoundingBox bbox;
        private String source;
        private String text;
        private String reportId;

        public Builder from(LocalDate v) {
            from = v;
            return this;
        }

        public Builder to(LocalDate v) {
            to = v;
            return this;
        }

        public Builder eventType(String v) {
            eventType = v;
            return this;
        }

        public Builder subEventType(String v) {
            subEventType = v;
            return this;
        }

        public Builder actor(String v) {
            actor = v;
            return this;
        }

        public Builder side(String v) {
            side = v;
            return this;
        }

        public Builder place(String v) {
            place = v;
            return this;
        }

        public Builder governorate(String v) {
            governorate = v;
            return this;
        }

        public Builder admin2(String v) {
            admin2 = v;
            return this;
        }

        public Builder country(String v) {
            country = v;
            return this;
        }

        public Builder bbox(BoundingBox v) {
            bbox = v;
            return this;
        }

        public Builder source(String v) {
            source = v;
            return this;
        }

        public Builder text(String v) {
            text = v;
            return this;
        }

        public Builder reportId(String v) {
            reportId = v;
            return this;
        }

        public EventQuery build() {
            return new EventQuery(from, to, eventType, subEventType, actor, side, place, governorate, admin2, country,
                    bbox, source, text, reportId);
        }
    }
}
