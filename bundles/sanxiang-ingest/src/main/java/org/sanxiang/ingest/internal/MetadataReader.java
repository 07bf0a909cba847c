package org.sanxiang.ingest.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.sanxiang.api.records.Activity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a metadata sidecar: size-limited, parsed with DTDs and external entities refused (no XXE), validated
 * against {@code recorder-metadata-v1.xsd}, then checked for what a schema cannot say (end not before start,
 * local and UTC times parse). Any failure is an {@link InvalidMetadataException} with a Chinese message.
 */
final class MetadataReader {

    static final String NAMESPACE = org.sanxiang.api.ingest.MediaIntake.METADATA_NAMESPACE;
    static final String XSD = "org/sanxiang/ingest/internal/recorder-metadata-v1.xsd";

    private final Schema schema;
    private final int maxBytes;

    MetadataReader(int maxBytes) {
        this.maxBytes = maxBytes;
        try {
            SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            sf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            sf.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            URL xsd = MetadataReader.class.getClassLoader().getResource(XSD);
            if (xsd == null) {
                throw new IllegalStateException("missing " + XSD);
            }
            this.schema = sf.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot load " + XSD, e);
        }
    }

    /** A sidecar the hub refuses; the message is Chinese, for the station's operator and ops. */
    static final class InvalidMetadataException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidMetadataException(String message) {
            super(message);
        }
    }

    RecorderMetadata read(byte[] xml) throws InvalidMetadataException {
        if (xml == null || xml.length == 0) {
            throw new InvalidMetadataException("缺少元数据文件或元数据为空");
        }
        if (xml.length > maxBytes) {
            throw new InvalidMetadataException("元数据超过" + maxBytes + "字节上限");
        }
        Document doc;
        try {
            doc = builder().parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            throw new InvalidMetadataException("元数据不是格式正确的XML(不允许DTD和外部实体): " + message(e));
        } catch (IOException e) {
            throw new InvalidMetadataException("元数据无法读取: " + e.getMessage());
        }
        try {
            Validator v = schema.newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.validate(new DOMSource(doc));
        } catch (SAXException e) {
            throw new InvalidMetadataException("元数据不符合 " + NAMESPACE + " 模式: " + message(e));
        } catch (IOException e) {
            throw new InvalidMetadataException("元数据无法校验: " + e.getMessage());
        }
        Element root = doc.getDocumentElement();
        try {
            LocalDateTime startLocal = LocalDateTime.parse(text(root, "startLocal"));
            LocalDateTime endLocal = LocalDateTime.parse(text(root, "endLocal"));
            Instant startUtc = Instant.parse(text(root, "startUtc"));
            Instant endUtc = Instant.parse(text(root, "endUtc"));
            if (endUtc.isBefore(startUtc) || endLocal.isBefore(startLocal)) {
                throw new InvalidMetadataException("元数据中录制结束时间早于开始时间");
            }
            BigInteger size = new BigInteger(text(root, "fileSize"));
            if (size.bitLength() > 62) {
                throw new InvalidMetadataException("元数据中文件大小超出范围: " + size);
            }
            Element gps = child(root, "gps");
            Element clock = child(root, "clockCheck");
            String md5 = optional(root, "stationMd5");
            String full = optional(root, "fullProcess");
            return new RecorderMetadata(text(root, "deviceSerial"), text(root, "deviceOfficerNumber"),
                    text(root, "officerName").strip(), text(root, "unit").strip(), startLocal, startUtc, endLocal,
                    endUtc, text(root, "fileName"), text(root, "fileType"), size.longValue(),
                    text(root, "stationFileId"), md5 == null ? null : md5.toLowerCase(Locale.ROOT),
                    text(root, "caseNumber"), Activity.of(text(root, "activity")), isTrue(full),
                    isTrue(text(root, "important")), optional(root, "resolution"),
                    gps == null ? null : gps.getAttribute("latitude") + "," + gps.getAttribute("longitude"),
                    clock == null ? null : Instant.parse(text(clock, "deviceTimeUtc")),
                    clock == null ? null : Instant.parse(text(clock, "stationTimeUtc")));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new InvalidMetadataException("元数据字段无法解析: " + e.getMessage());
        }
    }

    private static boolean isTrue(String b) {
        return b != null && ("true".equals(b.strip()) || "1".equals(b.strip()));
    }

    private static String message(SAXException e) {
        if (e instanceof SAXParseException p) {
            return "第" + p.getLineNumber() + "行: " + p.getMessage();
        }
        return e.getMessage();
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // warnings do not make a sidecar invalid
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return b;
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("XML parser without the required security features", e);
        }
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NAMESPACE.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static String optional(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().strip();
    }

    private static String text(Element parent, String name) throws InvalidMetadataException {
        Element e = child(parent, name);
        if (e == null) {
            throw new InvalidMetadataException("元数据缺少 " + name);
        }
        String t = e.getTextContent();
        return "officerName".equals(name) || "unit".equals(name) || "fileName".equals(name) ? t : t.strip();
    }
}
