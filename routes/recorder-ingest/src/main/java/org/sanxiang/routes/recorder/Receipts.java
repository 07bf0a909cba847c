package org.sanxiang.routes.recorder;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.sanxiang.api.ingest.IngestOutcome;
import org.sanxiang.api.ingest.MediaIntake;
import org.sanxiang.api.ingest.SafeNames;

/** The receipt a station gets (回执): element {@code receipt} of {@code urn:sanxiang:recorder-metadata:v1}. */
final class Receipts {

    private Receipts() {
    }

    static byte[] xml(IngestOutcome o) {
        try {
            StringWriter sw = new StringWriter();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(sw);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("receipt");
            w.writeDefaultNamespace(MediaIntake.METADATA_NAMESPACE);
            w.writeAttribute("schemaVersion", "1");
            element(w, "status", o.status().name());
            element(w, "sourceName", SafeNames.printable(o.sourceName()));
            if (o.sha256() != null) {
                element(w, "sha256", o.sha256());
                element(w, "size", Long.toString(o.size()));
            }
            if (o.caseNumber() != null) {
                element(w, "caseNumber", o.caseNumber());
            }
            if (o.reasonCode() != null) {
                element(w, "reasonCode", o.reasonCode());
                element(w, "reason", SafeNames.printable(o.reason()));
            }
            if (o.quarantineId() != null) {
                element(w, "quarantineId", o.quarantineId().toString());
            }
            for (String a : o.alerts()) {
                element(w, "alert", a);
            }
            element(w, "receivedAt", o.receivedAt().toString());
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            return sw.toString().getBytes(StandardCharsets.UTF_8);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
