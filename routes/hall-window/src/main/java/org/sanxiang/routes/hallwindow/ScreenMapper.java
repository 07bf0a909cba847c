package org.sanxiang.routes.hallwindow;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** MyBatis mapper of {@code sx_hall_screen} and {@code sx_hall_push} ({@code #{}} parameters only). */
public interface ScreenMapper {

    /** {@code sx_hall_screen} */
    final class ScreenRow {
        public String screenId;
        public String callbackUrl;
        public String registers;
        public String registeredBy;
        public LocalDateTime registeredAt;
    }

    /** {@code sx_hall_push} */
    final class PushRow {
        public String deliveryId;
        public String screenId;
        public String registerType;
        public String entryKey;
        public int entryVersion;
        public LocalDateTime acknowledgedAt;
    }

    ScreenRow find(@Param("screenId") String screenId);

    List<ScreenRow> all();

    int insert(ScreenRow row);

    int update(ScreenRow row);

    int delivered(@Param("deliveryId") String deliveryId);

    int acknowledge(PushRow row);

    List<PushRow> pushes(@Param("screenId") String screenId, @Param("limit") int limit);
}
