/**
 * Legal review of major enforcement decisions (重大执法决定法制审核, R-L1..R-L6): the catalogue of major
 * decisions (《重大执法决定法制审核目录清单》) evaluated on every proposed decision (拟作出决定), immutable
 * proposal versions, review requests with their materials (送审材料) and time limit in working days,
 * reviewers of the legal office (法制机构) and consulted legal advisers (法律顾问、公职律师), signed opinions
 * (审核意见) over every check item, collective discussion (集体讨论) when review and submitting unit disagree,
 * and the hard gate: no decision (决定) and no 决定书 for a major decision without a passed review of that
 * exact proposal version.
 */
@Export
@Version("1.3.0")
package org.sanxiang.api.review;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
