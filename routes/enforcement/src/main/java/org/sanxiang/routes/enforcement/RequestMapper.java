package org.sanxiang.routes.enforcement;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Param;

/** MyBatis mapper of {@code sx_enf_request}. */
public interface RequestMapper {

    /** A row of {@code sx_enf_request}. */
    final class RequestRow {
        public String client;
        public String requestId;
        public String operation;
        public String requestSha256;
        public String state;
        public String responseXml;
        public LocalDateTime startedAt;
        public LocalDateTime completedAt;
    }

    int begin(RequestRow row);

    RequestRow find(@Param("client") String client, @Param("requestId") String requestId);

    int takeOver(@Param("client") String client, @Param("requestId") String requestId,
                 @Param("staleBefore") LocalDateTime staleBefore, @Param("now") LocalDateTime now);

    int done(@Param("client") String client, @Param("requestId") String requestId,
             @Param("responseXml") String responseXml, @Param("now") LocalDateTime now);

    int release(@Param("client") String client, @Param("requestId") String requestId);
}
