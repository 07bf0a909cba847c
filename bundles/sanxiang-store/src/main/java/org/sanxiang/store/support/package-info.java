/**
 * Persistence support for the hub's modules: per-module schema migrations and a MyBatis session factory
 * on the hub's DataSource, so that each domain bundle keeps its own mappers and tables; {@link Registrations}, the
 * one way a module's component registers the objects that do the work as its services; {@link ConfigValues}, the
 * one reading of configured paths, lists and numbers;
 * {@link StoredConfiguration}, another module's stored configuration.
 */
@Export
@Version("1.2.0")
package org.sanxiang.store.support;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
