package org.sitrep.server.api;

import org.sitrep.server.BadParameterException;
import org.sitrep.server.Filters;

/** Numeric path parameters. */
final class Ids {
    private Ids() {
    }

    static long number(String text, String what) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new BadParameterException(what + " id must be a positive whole number, not '" + Filters.clip(text) + "'");
    }
}
