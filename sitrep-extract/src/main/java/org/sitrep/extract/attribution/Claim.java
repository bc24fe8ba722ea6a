package org.sitrep.extract.attribution;

/**
 * Who a sentence says stands behind it.
 *
 * @param source   the cited source, or null when the narrator speaks for itself
 * @param modality asserted, claimed, reported or denied
 * @param sourceStart offset in the sentence where the words naming the source begin
 * @param cueEnd   offset in the sentence where the attribution cue ends (the claim follows it)
 * @param speakerActs the speaker owns the act it tells ("X claimed responsibility for"): a party too
 */
public record Claim(String source, String modality, int sourceStart, int cueEnd, boolean speakerActs) {
    public static final Claim ASSERTED = new Claim(null, "asserted", 0);

    /** A claim whose speaker only speaks ("X said", "X accused Y of"), named anywhere before the cue's end. */
    public Claim(String source, String modality, int cueEnd) {
        this(source, modality, 0, cueEnd, false);
    }
}
