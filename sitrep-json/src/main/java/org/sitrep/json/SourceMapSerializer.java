package org.sitrep.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.sitrep.model.SourceMap;

/** A source map is an internal index, not data for readers: it is written as null. */
final class SourceMapSerializer extends StdSerializer<SourceMap> {
    SourceMapSerializer() {
        super(SourceMap.class);
    }

    @Override
    public void serialize(SourceMap value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeNull();
    }
}
