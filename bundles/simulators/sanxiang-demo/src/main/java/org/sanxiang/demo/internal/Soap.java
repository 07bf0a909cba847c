package org.sanxiang.demo.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A SOAP 1.1 caller of one of the hub's services, as an outside system calls it: over HTTP, with a WS-Security
 * UsernameToken (PasswordText, a fresh nonce and creation time each call). The demo goes through the same door as
 * the bureau's own systems; nothing is written around it.
 */
final class Soap {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    private static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    private static final String TOKEN = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final String namespace;
    private final String user;
    private final String password;

    Soap(URI endpoint, String namespace, String user, String password) {
        this.endpoint = endpoint;
        this.namespace = namespace;
        this.user = user;
        this.password = password;
    }

    /** Whether the service answers its WSDL (it is deployed and started). */
    boolean up() {
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(endpoint + "?wsdl"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Calls {@code operation} with the content of its request element ({@code body}, elements with prefix
     * {@code e}) and returns the answer's response element; a SOAP fault is a {@link DemoException} with its text.
     */
    Element call(String operation, String body) throws DemoException, InterruptedException {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String envelope = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:e=\""
                + namespace + "\"><soapenv:Header><wsse:Security xmlns:wsse=\"" + WSSE + "\" xmlns:wsu=\"" + WSU
                + "\"><wsse:UsernameToken><wsse:Username>" + Xml.text(user) + "</wsse:Username><wsse:Password Type=\""
                + TOKEN + "username-token-profile-1.0#PasswordText\">" + Xml.text(password)
                + "</wsse:Password><wsse:Nonce EncodingType=\"" + TOKEN + "soap-message-security-1.0#Base64Binary\">"
                + Base64.getEncoder().encodeToString(nonce) + "</wsse:Nonce><wsu:Created>"
                + Instant.now().truncatedTo(ChronoUnit.MILLIS) + "</wsu:Created></wsse:UsernameToken></wsse:Security>"
                + "</soapenv:Header><soapenv:Body><e:" + operation + "Request>" + body + "</e:" + operation
                + "Request></soapenv:Body></soapenv:Envelope>";
        HttpResponse<String> r;
        try {
            r = http.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "text/xml; charset=UTF-8")
                    .header("SOAPAction", "\"" + namespace + ":" + operation + "\"")
                    .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DemoException(operation + ": the hub did not answer (" + e + ")", e);
        }
        Element body2 = answer(operation, r.body());
        Element fault = first(body2, "Fault");
        if (fault != null) {
            Element text = first(fault, "faultstring");
            throw new DemoException(operation + ": " + (text == null ? "SOAP fault" : text.getTextContent()));
        }
        Element response = first(body2, operation + "Response");
        if (response == null) {
            throw new DemoException(operation + ": no " + operation + "Response in the answer (HTTP " + r.statusCode()
                    + ")");
        }
        return response;
    }

    /** The SOAP Body of an answer (an MTOM answer carries the envelope in its first part). */
    private static Element answer(String operation, String text) throws DemoException {
        int start = text.indexOf("<soap:Envelope");
        int end = text.lastIndexOf("Envelope>");
        if (start < 0 || end < start) {
            throw new DemoException(operation + ": the answer is not a SOAP envelope");
        }
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Element envelope = f.newDocumentBuilder().parse(new ByteArrayInputStream(
                    text.substring(start, end + "Envelope>".length()).getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
            Element body = first(envelope, "Body");
            if (body == null) {
                throw new DemoException(operation + ": the answer has no SOAP Body");
            }
            return body;
        } catch (DemoException e) {
            throw e;
        } catch (Exception e) {
            throw new DemoException(operation + ": the answer could not be read (" + e.getMessage() + ")", e);
        }
    }

    /** The first descendant element of {@code e} with local name {@code name}, or null. */
    static Element first(Element e, String name) {
        NodeList l = e.getElementsByTagNameNS("*", name);
        return l.getLength() == 0 ? null : (Element) l.item(0);
    }

    /** The text of the first descendant {@code name}, or null. */
    static String text(Element e, String name) {
        Element x = first(e, name);
        return x == null ? null : x.getTextContent();
    }

    /** The direct children of {@code e} with local name {@code name}. */
    static List<Element> children(Element e, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && name.equals(c.getLocalName())) {
                out.add(c);
            }
        }
        return out;
    }
}
