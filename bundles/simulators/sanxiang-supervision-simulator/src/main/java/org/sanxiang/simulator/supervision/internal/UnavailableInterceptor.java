package org.sanxiang.simulator.supervision.internal;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.sanxiang.simulator.supervision.SupervisionOffice;

/** In {@link SupervisionOffice.Mode#UNAVAILABLE}, answers HTTP 503 before anything is read, as a down server would. */
final class UnavailableInterceptor extends AbstractPhaseInterceptor<Message> {

    private final OfficeSimulator office;

    UnavailableInterceptor(OfficeSimulator office) {
        super(Phase.RECEIVE);
        this.office = office;
    }

    @Override
    public void handleMessage(Message message) throws Fault {
        if (office.mode() != SupervisionOffice.Mode.UNAVAILABLE) {
            return;
        }
        HttpServletResponse response = (HttpServletResponse) message.get(AbstractHTTPDestination.HTTP_RESPONSE);
        try {
            response.sendError(503, "supervision office simulator: unavailable");
            response.flushBuffer();
        } catch (IOException e) {
            throw new Fault(e);
        }
        message.getInterceptorChain().abort();
    }
}
