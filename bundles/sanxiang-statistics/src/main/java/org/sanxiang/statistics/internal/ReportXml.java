package org.sanxiang.statistics.internal;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.sanxiang.api.records.Activity;
import org.sanxiang.api.review.Outcome;
import org.sanxiang.api.statistics.AnnualReport;
import org.sanxiang.api.statistics.AnnualReport.CaseFigures;
import org.sanxiang.api.statistics.AnnualReport.DisclosureFigures;
import org.sanxiang.api.statistics.AnnualReport.KindFigures;
import org.sanxiang.api.statistics.AnnualReport.PenaltyFigures;
import org.sanxiang.api.statistics.AnnualReport.RecordingFigures;
import org.sanxiang.api.statistics.AnnualReport.ReviewFigures;
import org.sanxiang.api.statistics.AnnualStatistics;
import org.sanxiang.api.statistics.CaseOutcome;
import org.sanxiang.api.statistics.Source;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The report as XML for the supervision office, in namespace {@value AnnualStatistics#NAMESPACE}; the element
 * names and their meaning are documented in {@value #XSD}.
 */
final class ReportXml {

    static final String XSD = "org/sanxiang/statistics/annual-report-v1.xsd";
    private static final String NS = AnnualStatistics.NAMESPACE;

    private final Document doc;

    private ReportXml(Document doc) {
        this.doc = doc;
    }

    static String write(AnnualReport r) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document doc = f.newDocumentBuilder().newDocument();
            doc.setXmlStandalone(true);
            new ReportXml(doc).report(r);
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("统计年报XML生成失败: " + e.getMessage(), e);
        }
    }

    private void report(AnnualReport r) {
        Element root = doc.createElementNS(NS, "annualReport");
        doc.appendChild(root);
        root.setAttribute("year", String.valueOf(r.year()));
        root.setAttribute("asOf", r.asOf().toString());
        root.setAttribute("computedAt", Instant.ofEpochMilli(r.computedAt().toEpochMilli()).toString());
        text(root, "bureau", r.bureau());
        cases(section(root, "cases", r.cases()), r.cases());
        penalties(section(root, "penalties", r.penalties()), r.penalties());
        disclosure(section(root, "disclosure", r.disclosure()), r.disclosure());
        recordings(section(root, "recordings", r.recordings()), r.recordings());
        reviews(section(root, "reviews", r.reviews()), r.reviews());
    }

    private Element section(Element parent, String name, Object figures) {
        Element e = child(parent, name);
        e.setAttribute("connected", String.valueOf(figures != null));
        if (figures == null) {
            e.setAttribute("status", Source.NOT_CONNECTED);
        }
        return e;
    }

    private void cases(Element e, CaseFigures c) {
        if (c == null) {
            return;
        }
        text(e, "filed", c.filed());
        text(e, "decisions", c.decisions());
        Element outcomes = child(e, "outcomes");
        outcomes.setAttribute("concluded", String.valueOf(c.outcomes().get(CaseOutcome.CONCLUDED)));
        outcomes.setAttribute("withdrawn", String.valueOf(c.outcomes().get(CaseOutcome.WITHDRAWN)));
        outcomes.setAttribute("inProgress", String.valueOf(c.outcomes().get(CaseOutcome.IN_PROGRESS)));
        Element byKind = child(e, "byKind");
        for (KindFigures k : c.byKind()) {
            Element kind = child(byKind, "kind");
            kind.setAttribute("code", k.kind().name());
            kind.setAttribute("name", k.kind().chinese());
            kind.setAttribute("filed", String.valueOf(k.filed()));
            kind.setAttribute("concluded", String.valueOf(k.concluded()));
            kind.setAttribute("withdrawn", String.valueOf(k.withdrawn()));
            kind.setAttribute("inProgress", String.valueOf(k.inProgress()));
            kind.setAttribute("decisions", String.valueOf(k.decisions()));
        }
        Element byMonth = child(e, "byMonth");
        for (int i = 0; i < 12; i++) {
            Element m = month(byMonth, i);
            m.setAttribute("filed", String.valueOf(c.filedByMonth().get(i)));
            m.setAttribute("decisions", String.valueOf(c.decisionsByMonth().get(i)));
        }
    }

    private void penalties(Element e, PenaltyFigures p) {
        if (p == null) {
            return;
        }
        text(e, "decisions", p.decisions());
        text(e, "revoked", p.revoked());
        text(e, "fineYuan", p.fineYuan());
        text(e, "confiscatedYuan", p.confiscatedYuan());
        text(e, "totalYuan", p.totalYuan());
        text(e, "totalWanYuan", AnnualReport.wanYuan(p.totalYuan()));
        Element byMonth = child(e, "byMonth");
        for (int i = 0; i < 12; i++) {
            Element m = month(byMonth, i);
            m.setAttribute("decisions", String.valueOf(p.decisionsByMonth().get(i)));
            m.setAttribute("fineYuan", p.fineByMonth().get(i).toPlainString());
            m.setAttribute("confiscatedYuan", p.confiscatedByMonth().get(i).toPlainString());
        }
    }

    private void disclosure(Element e, DisclosureFigures d) {
        if (d == null) {
            return;
        }
        text(e, "decisions", d.decisions());
        text(e, "onTime", d.onTime());
        text(e, "late", d.late());
        text(e, "overdue", d.overdue());
        text(e, "pending", d.pending());
        text(e, "notPublished", d.notPublished());
    }

    private void recordings(Element e, RecordingFigures r) {
        if (r == null) {
            return;
        }
        text(e, "linked", r.linked());
        text(e, "fullProcess", r.fullProcess());
        Element byActivity = child(e, "byActivity");
        for (Map.Entry<Activity, Integer> a : r.byActivity().entrySet()) {
            Element activity = child(byActivity, "activity");
            activity.setAttribute("code", a.getKey().name());
            activity.setAttribute("name", a.getKey().chinese());
            activity.setAttribute("linked", String.valueOf(a.getValue()));
        }
        Element byMonth = child(e, "byMonth");
        List<Integer> months = r.byMonth();
        for (int i = 0; i < 12; i++) {
            month(byMonth, i).setAttribute("linked", String.valueOf(months.get(i)));
        }
    }

    private void reviews(Element e, ReviewFigures r) {
        if (r == null) {
            return;
        }
        text(e, "submitted", r.submitted());
        text(e, "open", r.open());
        text(e, "opinions", r.opinions());
        Element byOutcome = child(e, "byOutcome");
        for (Map.Entry<Outcome, Integer> o : r.outcomes().entrySet()) {
            Element outcome = child(byOutcome, "outcome");
            outcome.setAttribute("code", o.getKey().name());
            outcome.setAttribute("name", o.getKey().chinese());
            outcome.setAttribute("count", String.valueOf(o.getValue()));
        }
    }

    private Element month(Element parent, int index) {
        Element m = child(parent, "month");
        m.setAttribute("number", String.valueOf(index + 1));
        return m;
    }

    private Element child(Element parent, String name) {
        Element e = doc.createElementNS(NS, name);
        parent.appendChild(e);
        return e;
    }

    private void text(Element parent, String name, Object value) {
        child(parent, name).setTextContent(value instanceof BigDecimal
                ? ((BigDecimal) value).toPlainString() : String.valueOf(value));
    }
}
