/**
 * Domain vocabulary of administrative law enforcement (行政执法): the five enforcement kinds,
 * case stages, party and identity-document types of the 双公示 code lists, and value types such
 * as the unified social credit code (统一社会信用代码).
 */
@Export
@Version("1.4.0")
package org.sanxiang.api.domain;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
