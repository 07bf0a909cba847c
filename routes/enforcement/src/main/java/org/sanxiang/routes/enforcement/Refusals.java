package org.sanxiang.routes.enforcement;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.osgi.service.blueprint.container.ServiceUnavailableException;
import org.sanxiang.api.disclosure.DrawImpossibleException;
import org.sanxiang.api.disclosure.PublicationRefusedException;
import org.sanxiang.api.disclosure.Violation;
import org.sanxiang.api.domain.NotFound;
import org.sanxiang.api.records.CertificateRefusedException;
import org.sanxiang.api.records.DocumentRefusedException;
import org.sanxiang.api.records.RecordsException;
import org.sanxiang.api.records.TransitionRefusedException;
import org.sanxiang.api.records.Veto;
import org.sanxiang.api.review.ReviewException;
import org.sanxiang.routes.common.CodedFault;
import org.sanxiang.routes.common.FaultTranslator.Code;

/**
 * The domain's refusals as the coded faults of the contract: each code and text names the rule and the
 * requirement it enforces (e.g. {@code SX-GATE: 关卡不允许(R-L1 …)}), and every refusing gate or bad row is an item of
 * the fault's detail. The domain's own messages are Chinese sentences for staff; nothing else of an exception
 * (its class, its stack) ever reaches the caller. What is not a refusal is left to the endpoint (SX-INTERNAL).
 */
final class Refusals {

    private Refusals() {
    }

    /** The coded fault for a refusal, or null when {@code e} is not one (an internal error). */
    static CodedFault of(RuntimeException e) {
        if (e instanceof CodedFault) {
            return (CodedFault) e;
        }
        if (e instanceof NotFound) {
            return new CodedFault(Code.SX_NOTFOUND, e.getMessage());
        }
        if (e instanceof TransitionRefusedException) {
            TransitionRefusedException t = (TransitionRefusedException) e;
            return gate("案件不能从" + t.from().chinese() + "转入" + t.to().chinese(), t.vetoes());
        }
        if (e instanceof DocumentRefusedException) {
            DocumentRefusedException d = (DocumentRefusedException) e;
            return gate("案件" + d.caseNumber() + "不能添加" + d.documentType(), d.vetoes());
        }
        if (e instanceof CertificateRefusedException) {
            return rule("持证上岗(R-D4)", e.getMessage(), List.of());
        }
        if (e instanceof RecordsException) {
            return rule("执法全过程记录(R-R1)", e.getMessage(), List.of());
        }
        if (e instanceof ReviewException) {
            return rule("重大执法决定法制审核(R-L1~R-L6)", e.getMessage(), List.of());
        }
        if (e instanceof DrawImpossibleException) {
            return rule("双随机一公开(R-D3b)", e.getMessage(), ((DrawImpossibleException) e).problems());
        }
        if (e instanceof PublicationRefusedException) {
            List<Violation> v = ((PublicationRefusedException) e).violations();
            return rule("行政执法公示(R-D1、R-D5)", e.getMessage(),
                    v.stream().map(Violation::toString).collect(Collectors.toList()));
        }
        if (e instanceof SecurityException) {
            return new CodedFault(Code.SX_AUTH, e.getMessage());
        }
        if (e instanceof ServiceUnavailableException) {
            return new CodedFault(Code.SX_UNAVAILABLE, "所需的业务模块暂不可用(正在启动或重新部署),未作任何改动,请稍后用同一请求编号重试");
        }
        if (unavailableDatabase(e)) {
            return new CodedFault(Code.SX_UNAVAILABLE, "数据库暂不可用,未作任何改动,请稍后用同一请求编号重试");
        }
        if (e instanceof IllegalArgumentException && e.getMessage() != null) {
            return new CodedFault(Code.SX_INPUT, "请求内容有误: " + e.getMessage());
        }
        return null;
    }

    private static CodedFault gate(String what, List<Veto> vetoes) {
        String gates = vetoes.stream().map(v -> "“" + v.gate() + "”" + (v.requirement().isEmpty() ? ""
                : "(" + v.requirement() + ")")).distinct().collect(Collectors.joining("、"));
        String reasons = vetoes.stream().map(Veto::reason).collect(Collectors.joining("; "));
        return new CodedFault(Code.SX_GATE, what + ",被关卡" + gates + "否决: " + reasons,
                vetoes.stream().map(Veto::toString).collect(Collectors.toList()));
    }

    private static CodedFault rule(String rule, String message, List<String> items) {
        return new CodedFault(Code.SX_RULE, rule + ": " + message, items);
    }

    /** A connection failure (SQLSTATE class 08) or a transient one: the database is away, not the request wrong. */
    private static boolean unavailableDatabase(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientException || t instanceof java.sql.SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException) {
                String state = ((SQLException) t).getSQLState();
                if (state != null && state.startsWith("08")) {
                    return true;
                }
            }
        }
        return false;
    }
}
