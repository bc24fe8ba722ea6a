package org.sitrep.cli.watch;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.sitrep.ingest.IngestException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Tells a feed that is not XML from one that is empty: the feed reader is lenient (it lists what
 * items it can find), so a broken feed would look like an empty one; here the JDK's strict parser
 * (no DTDs, no external entities) decides.
 */
final class FeedXml {
    private FeedXml() {
    }

    /** True for a well-formed feed with no items; an error naming the fault for malformed XML. */
    static boolean wellFormedWithoutItems(String text) throws IngestException {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setNamespaceAware(true);
            var builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            doc = builder.parse(new InputSource(new StringReader(text)));
        } catch (Exception e) {
            throw new IngestException("malformed XML: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage().strip()));
        }
        return doc.getElementsByTagNameNS("*", "item").getLength() == 0
                && doc.getElementsByTagNameNS("*", "entry").getLength() == 0;
    }
}
