package org.sitrep.gazetteer;

import java.util.Optional;

/** Admin-area polygons: which first- and second-level area a point lies in. */
interface AdminAreas {

    AdminAreas NONE = new AdminAreas() {
        @Override
        public Optional<String> admin1At(double lat, double lon) {
            return Optional.empty();
        }

        @Override
        public Optional<String> admin2At(double lat, double lon) {
            return Optional.empty();
        }
    };

    /** Display name of the first-level area containing the point. */
    Optional<String> admin1At(double lat, double lon);

    /** Display name of the second-level area containing the point. */
    Optional<String> admin2At(double lat, double lon);
}
