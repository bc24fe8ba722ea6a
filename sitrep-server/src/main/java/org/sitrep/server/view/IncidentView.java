package org.sitrep.server.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.store.event.DateWindow;
import org.sitrep.store.event.PlaceKey;
import org.sitrep.store.merge.Claim;
import org.sitrep.store.merge.Incident;
import org.sitrep.store.review.EventFields;
import org.sitrep.store.review.ReviewState;
import org.sitrep.store.review.ReviewStatus;

/**
 * One event as the API shows it: a merged incident, summarised by its most precise account, with
 * who says so. The list gives {@code claims} only in the detail ({@code /api/events/{id}}).
 *
 * @param placeId       the place's key, for {@code /api/places/{id}}; null when the event has no place
 * @param report        the report of the account that summarises the event
 * @param evidence      that account's sentence
 * @param claimCount    how many accounts (one per report and source) tell it
 * @param corroboration how many distinct sources assert, claim or report it (denials not counted)
 * @param status        extracted (nobody looked), confirmed, corrected, rejected or needs_review
 * @param reviewer      who reviewed it last; null while nobody did
 * @param corrections   how many corrections people made to it
 * @param pending       (detail only) the machine's newer reading of a reviewed event, when it differs
 */
public record IncidentView(
        long id,
        LocalDate date,
        String datePrecision,
        String monthDay,
        DateWindow window,
        String eventType,
        String subEventType,
        Actor actor1,
        Actor actor2,
        List<Actor> assocActor1,
        List<Actor> assocActor2,
        Location location,
        String placeId,
        String country,
        Fatalities fatalities,
        Integer prisoners,
        List<String> materiel,
        int claimCount,
        int corroboration,
        List<String> sources,
        String report,
        Evidence evidence,
        String status,
        String reviewer,
        int corrections,
        @JsonInclude(JsonInclude.Include.NON_NULL) EventFields pending,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Claim> claims) {

    /**
     * Fatalities as the sources give them: {@code low} is the conservative figure (ACLED's), {@code high}
     * the largest claim; they differ when sources disagree.
     */
    public record Fatalities(int low, int high, boolean conflicting) {
    }

    /** The list form of an incident read with its claims. */
    public static IncidentView summary(Incident i) {
        return of(i, i.claims().size(), i.sources(), null);
    }

    /** The list form, from the number of accounts and their distinct sources (the claims unread). */
    public static IncidentView summary(Incident i, int claimCount, List<String> sources) {
        return of(i, claimCount, sources, null);
    }

    public static IncidentView detail(Incident i) {
        return of(i, i.claims().size(), i.sources(), i.claims());
    }

    private static IncidentView of(Incident i, int claimCount, List<String> sources, List<Claim> claims) {
        Event s = i.summary();
        String country = s.country() != null ? s.country() : s.location() == null ? null : s.location().country();
        return new IncidentView(i.id(), i.date(), i.datePrecision(), s.monthDay(), i.window(), i.eventType(),
                i.subEventType(), s.actor1(), s.actor2(), s.assocActor1(), s.assocActor2(), s.location(),
                PlaceKey.of(s.location()), country,
                new Fatalities(i.fatalitiesLow(), i.fatalitiesHigh(), i.conflicting()), s.prisoners(), s.materiel(),
                claimCount, i.corroboration(), sources, s.report(), s.evidence(), ReviewStatus.EXTRACTED.label(), null, 0,
                null, claims);
    }

    /** This view with the event's review (null: nobody reviewed it); the machine's pending reading in the detail. */
    public IncidentView withReview(ReviewState r) {
        if (r == null) {
            return this;
        }
        return new IncidentView(id, date, datePrecision, monthDay, window, eventType, subEventType, actor1, actor2,
                assocActor1, assocActor2, location, placeId, country, fatalities, prisoners, materiel, claimCount,
                corroboration, sources, report, evidence, r.status().label(), r.reviewer(), r.corrections(),
                claims == null ? null : r.pending(), claims);
    }
}
