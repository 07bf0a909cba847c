package org.sanxiang.simulators.recorder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.Authority;
import org.apache.ftpserver.ftplet.AuthorizationRequest;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.UserFactory;

/**
 * A station exposing its outbox over FTP (Apache FtpServer on loopback): one user whose home is the outbox
 * folder, where files are laid out as for the drop directory ({@link DropStation} writes them).
 */
public final class FtpStation implements AutoCloseable {

    private final FtpServer server;
    private final DropStation outbox;
    private final int port;

    public FtpStation(Path outbox, int port, String user, String password) throws IOException, FtpException {
        this.outbox = new DropStation(outbox);
        this.port = port;
        FtpServerFactory factory = new FtpServerFactory();
        ListenerFactory listener = new ListenerFactory();
        listener.setServerAddress("127.0.0.1");
        listener.setPort(port);
        factory.addListener("default", listener.createListener());
        UserFactory u = new UserFactory();
        u.setName(user);
        u.setPassword(password);
        u.setHomeDirectory(Files.createDirectories(outbox).toAbsolutePath().toString());
        u.setAuthorities(List.<Authority>of(new FullAccess()));
        factory.getUserManager().save(u.createUser());
        server = factory.createServer();
        server.start();
    }

    /** The station's only user may read, write, rename and delete in its outbox (and log in any number of times). */
    private static final class FullAccess implements Authority {
        @Override
        public boolean canAuthorize(AuthorizationRequest request) {
            return true;
        }

        @Override
        public AuthorizationRequest authorize(AuthorizationRequest request) {
            return request;
        }
    }

    public DropStation outbox() {
        return outbox;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        server.stop();
    }
}
