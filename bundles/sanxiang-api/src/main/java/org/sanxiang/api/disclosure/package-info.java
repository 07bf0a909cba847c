/**
 * Disclosure of administrative enforcement information (行政执法公示) — the parts that do not depend
 * on case records: the 双公示 2021 record models for 行政处罚 ({@link PenaltyRecord}) and 行政许可
 * ({@link PermitRecord}) with their code lists (处罚类别, 许可类别, 当前状态, 自然人证件类型), the validation
 * result ({@link Violation}), the credit-publication display period (公示期) by severity
 * ({@link Severity}), publication deadlines (公开期限) and the 双随机一公开 draw of inspection subjects and
 * inspectors ({@link DrawResult}) with its result categories ({@link InspectionResult}). The rules
 * themselves are the {@link DisclosureRules} service.
 */
@Export
@Version("1.4.0")
package org.sanxiang.api.disclosure;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
