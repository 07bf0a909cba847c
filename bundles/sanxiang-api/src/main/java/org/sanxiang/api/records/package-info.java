/**
 * The full-process record (执法全过程记录, R-R1..R-R7, R-D4): enforcement personnel and their certificates
 * (执法人员, 执法证, 持证上岗), cases (案件) and their parties (当事人), the stage machine over
 * {@link org.sanxiang.api.domain.CaseStage} with pluggable {@link org.sanxiang.api.records.StageGate}s,
 * typed documents (执法文书) and the case-file standard (案卷标准), audio-video records (音像记录) in a
 * content-addressed {@link org.sanxiang.api.records.EvidenceStore}, the access audit (调阅监督) and
 * retention with legal hold (保存期限, 冻结), and the scheduled integrity verification of the ledger and the
 * stored files ({@link org.sanxiang.api.records.IntegrityWatch}).
 */
@Export
@Version("1.7.0")
package org.sanxiang.api.records;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
