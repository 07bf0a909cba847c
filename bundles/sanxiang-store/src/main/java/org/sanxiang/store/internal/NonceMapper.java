package org.sanxiang.store.internal;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Param;

/** SQL of the nonce registry ({@code sx_ws_nonce}). */
interface NonceMapper {

    int insert(@Param("user") String user, @Param("nonce") String nonce, @Param("expires") LocalDateTime expires);

    int renewExpired(@Param("user") String user, @Param("nonce") String nonce, @Param("expires") LocalDateTime expires,
                     @Param("now") LocalDateTime now);

    int purge(@Param("now") LocalDateTime now);
}
