/**
 * Working-day calendar (工作日历): statutory holidays and make-up working days (调休) from the State
 * Council notices, and the deadline (期限) arithmetic built on them. Periods in working days exclude
 * statutory holidays and weekends and count make-up working days; the start day is never counted; a
 * calendar-day period whose last day is not a working day ends on the next working day. A year whose
 * notice has not been loaded is never silently treated as "weekends only": the result is marked
 * provisional, or the computation is refused, by configuration.
 */
@Export
@Version("1.0.0")
package org.sanxiang.api.calendar;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
