package org.sitrep.server.view;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.sitrep.store.merge.Claim;

/**
 * The distinct sources of some claims, in claim order. A report with no outlet gives claims with
 * no source: they are left out here rather than shown as null.
 */
public final class Sources {
    private Sources() {
    }

    public static List<String> of(List<Claim> claims) {
        return List.copyOf(claims.stream().map(Claim::source).filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
    }
}
