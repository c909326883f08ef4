package pl.bramka;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP port on loopback that passes every connection on to a server, until it is stopped: then the port refuses
 * connections and the ones it carried are cut, as when the server behind it goes down.
 */
final class TcpRelay implements AutoCloseable {

    private final InetSocketAddress server;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    /** Chosen at the first start and kept, so the relay comes back where its clients connect. */
    private int port;
    private ServerSocket listening;

    private TcpRelay(InetSocketAddress server) {
        this.server = server;
    }

    /** A relay to this server, listening on a free port. */
    static TcpRelay to(String host, int port) {
        TcpRelay relay = new TcpRelay(new InetSocketAddress(host, port));
        relay.start();
        return relay;
    }

    int port() {
        return port;
    }

    /** Listens again on the same port. */
    void start() {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            port = socket.getLocalPort();
            listening = socket;
            daemon(() -> accept(socket));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the port and cuts every connection that went through it. */
    void stop() {
        closeQuietly(listening);
        open.forEach(TcpRelay::closeQuietly);
        open.clear();
    }

    @Override
    public void close() {
        stop();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                connect(socket.accept());
            } catch (IOException closed) {
                // the relay was stopped while it waited
            }
        }
    }

    private void connect(Socket client) {
        open.add(client);
        try {
            Socket upstream = new Socket(server.getHostString(), server.getPort());
            open.add(upstream);
            pipe(client, upstream);
            pipe(upstream, client);
        } catch (IOException refused) {
            closeQuietly(client);
        }
    }

    private static void pipe(Socket from, Socket to) {
        daemon(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException cut) {
                // one side closed: the other is closed below
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "tcp-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception alreadyClosed) {
            // nothing left to close
        }
    }
}
