package org.sitrep.extract.attribution;

/**
 * Who a sentence says stands behind it.
 *
 * @param source   the cited source, or null when the narrator speaks for itself
 * @param modality asserted, claimed, reported or denied
 * @param cueEnd   offset in the sentence where the attribution cue ends (the claim follows it)
 */
public record Claim(String source, String modality, int cueEnd) {
    public static final Claim ASSERTED = new Claim(null, "asserted", 0);
}
