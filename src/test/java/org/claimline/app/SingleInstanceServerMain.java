package org.claimline.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The first instance in {@link SingleInstanceTest}: a separate JVM that serves {@code args[0]} and appends each
 * received request (a path, or "ACTIVATE") as a line to {@code args[1]}; prints READY once listening and stops
 * when its stdin closes.
 */
public final class SingleInstanceServerMain {
    private SingleInstanceServerMain() {
    }

    public static void main(String[] args) throws IOException {
        SingleInstance.Outcome outcome = SingleInstance.claim(Path.of(args[0]), Optional.empty());
        if (!(outcome instanceof SingleInstance.Primary primary)) {
            System.out.println("NOT PRIMARY " + outcome);
            System.exit(3);
            return;
        }
        Path log = Path.of(args[1]);
        primary.instance().onRequest(request -> {
            try {
                Files.writeString(log, request.map(Path::toString).orElse("ACTIVATE") + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        System.out.println("READY");
        System.out.flush();
        while (System.in.read() >= 0) {
            // keep serving until the test closes our stdin
        }
        primary.instance().close();
    }
}
