package org.sanxiang.portal.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the public disclosure portal (PID {@code org.sanxiang.portal}). */
@ObjectClassDefinition(name = "Sanxiang portal", description = "统一公示平台: public disclosure pages and open data")
public @interface PortalConfig {

    @AttributeDefinition(description = "Path the portal is served under")
    String path() default "/portal";

    @AttributeDefinition(description = "Bureau name shown when the 执法主体 register has no entry yet")
    String bureau() default "长治市自然资源局";

    @AttributeDefinition(description = "Decisions per page of the search (at most 50)")
    int page_size() default 20;

    @AttributeDefinition(description = "Seconds an annual report page is kept before it is computed again")
    int report_cache_seconds() default 300;

    @AttributeDefinition(description = "Seconds browsers and proxies may keep a page without asking again "
            + "(they revalidate with its ETag after that)")
    int max_age_seconds() default 60;
}
