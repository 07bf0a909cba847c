/**
 * What every route bundle shares: header hygiene at every entry, the inbound journal (接收日志), the one
 * error-handling route configuration, the broker connection and SOAP security (WS-Security UsernameToken
 * against salted password hashes).
 */
@Export
@Version("1.4.0")
package org.sanxiang.routes.common;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
