package org.guidebook.cli;

import java.net.InetAddress;
import java.util.concurrent.Callable;
import org.guidebook.Main;
import org.guidebook.serve.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code guidebook serve}: a live preview on this machine that rebuilds and reloads on every save. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Preview the guide at http://127.0.0.1:PORT/, rebuilt and reloaded in the browser on every save "
                + "in guide/, diagrams/ or templates/. Writes nothing to dist/.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "8000",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Option(names = "--allow-remote", description = "Allow --bind to name an address other machines can reach.")
    boolean allowRemote;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (java.net.UnknownHostException e) {
            err.println("guidebook serve: --bind " + bind + " is not an address of this machine — use 127.0.0.1");
            return Main.USAGE;
        }
        if (!address.isLoopbackAddress() && !allowRemote) {
            err.println("guidebook serve: --bind " + bind + " would let other machines read the preview — add"
                    + " --allow-remote if that is what you want, or leave --bind out for 127.0.0.1");
            return Main.USAGE;
        }
        if (port < 0 || port > 65535) {
            err.println("guidebook serve: --port " + port + " is not a port — use 1 to 65535, or 0 for any free one");
            return Main.USAGE;
        }
        PreviewServer server;
        try {
            server = new PreviewServer(common.root, common.options(err), address, port, err);
        } catch (java.net.BindException e) {
            err.println("guidebook serve: port " + port + " is in use — choose another with --port, or --port 0");
            return Main.USAGE;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "guidebook-serve-stop"));
        spec.commandLine().getOut().println("Serving the guide at " + server.address() + " — edit guide/, diagrams/ or"
                + " templates/ and the page reloads; Ctrl-C stops.");
        spec.commandLine().getOut().flush();
        server.awaitStop();
        return Main.OK;
    }
}
