package conceptkg.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;

/**
 * Starts a real Neo4j 5 server in this process for the conceptkg tests and benchmarks.
 *
 * <p>Usage: {@code java -cp 'target/neo4j-launcher.jar:target/lib/*' conceptkg.neo4j.Main PORT
 * [--dir DIR] [--password-file FILE] [--copy-from DATA_DIR]}. PORT 0 picks a free port. Bolt
 * listens on 127.0.0.1 only; the HTTP server is disabled. Without a password file authentication is off; with one, auth is
 * on and user {@code neo4j} gets the password read from the file (never from the command line,
 * so it does not show in the process list). {@code --copy-from} starts on a copy of the databases in
 * DATA_DIR (a {@code data} directory holding {@code databases/} and {@code transactions/}, as
 * {@code neo4j-admin database import} writes it).
 *
 * <p>Prints one line {@code READY bolt://127.0.0.1:PORT} on stdout once Bolt accepts connections,
 * and stops when its stdin closes or on SIGTERM.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: Main PORT [--dir DIR] [--password-file FILE] "
                               + "[--copy-from DATA_DIR]");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path dir = null;
        String password = null;
        Path copyFrom = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--dir") && i + 1 < args.length) {
                dir = Path.of(args[++i]);
            } else if (args[i].equals("--password-file") && i + 1 < args.length) {
                password = Files.readString(Path.of(args[++i])).strip();
            } else if (args[i].equals("--copy-from") && i + 1 < args.length) {
                copyFrom = Path.of(args[++i]);
            } else {
                System.err.println("unknown argument: " + args[i]);
                System.exit(2);
            }
        }

        Neo4jBuilder builder = dir == null ? Neo4jBuilders.newInProcessBuilder()
                                           : Neo4jBuilders.newInProcessBuilder(dir);
        if (copyFrom != null) {
            builder = builder.copyFrom(copyFrom);
        }
        Neo4j neo4j = builder
                .withDisabledServer()
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .withConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .withConfig(GraphDatabaseSettings.auth_enabled, password != null)
                .withConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
                .build();

        AtomicBoolean closed = new AtomicBoolean(false);
        Runnable stop = () -> {
            if (closed.compareAndSet(false, true)) {
                neo4j.close();
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-launcher-stop"));

        if (password != null) {
            neo4j.databaseManagementService().database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED",
                    java.util.Map.of("pw", password));
        }

        System.out.println("READY " + neo4j.boltURI());
        System.out.flush();

        InputStream in = System.in;
        byte[] buf = new byte[256];
        try {
            while (in.read(buf) >= 0) {
                // keep running until stdin closes
            }
        } catch (IOException ignored) {
            // stdin gone: stop
        }
        stop.run();
        System.exit(0);
    }
}
