package org.sitrep.store.merge;

import java.util.Objects;

/**
 * The sides of one claim: actor1's and actor2's ({@code null} when unknown or unidentified), and
 * whether it is a change of control (then actor1 is the side that takes the place).
 */
public record Sides(String actor1, String actor2, boolean territorial) {

    /**
     * Whether two claims can tell the same event. An unknown side matches any side. Each outlet
     * may call the other side the attacker, so actors may swap, except between two changes of
     * control: who took the place must agree, or the claims conflict (and stay apart, for the
     * control timeline to show as contested).
     */
    public boolean compatibleWith(Sides other) {
        if (match(actor1, other.actor1) && match(actor2, other.actor2)) {
            return true;
        }
        boolean bothTerritorial = territorial && other.territorial;
        return !bothTerritorial && match(actor1, other.actor2) && match(actor2, other.actor1);
    }

    private static boolean match(String a, String b) {
        return a == null || b == null || Objects.equals(a, b);
    }
}
