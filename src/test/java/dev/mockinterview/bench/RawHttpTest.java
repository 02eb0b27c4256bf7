package dev.mockinterview.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The benchmark's raw HTTP/1.1 client: lengths, chunks, empty bodies, keep-alive")
class RawHttpTest {

    @Test
    @DisplayName("reads fixed-length, chunked and empty replies on one kept-alive connection")
    void replies() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/fixed", ex -> {
            byte[] b = ex.getRequestBody().readAllBytes();
            byte[] out = ("got " + new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, out.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(out);
            }
        });
        server.createContext("/chunked", ex -> {
            ex.sendResponseHeaders(201, 0);
            try (OutputStream o = ex.getResponseBody()) {
                o.write("part one, ".getBytes(StandardCharsets.UTF_8));
                o.flush();
                o.write("part two".getBytes(StandardCharsets.UTF_8));
            }
        });
        server.createContext("/empty", ex -> {
            ex.sendResponseHeaders(401, -1);
            ex.close();
        });
        server.start();
        int port = server.getAddress().getPort();
        try (RawHttp h = new RawHttp("127.0.0.1", port, 5000)) {
            for (int i = 0; i < 3; i++) {
                RawHttp.Reply r = h.exchange(RawHttp.post("/fixed", port, "text/plain",
                        "héllo".getBytes(StandardCharsets.UTF_8), Map.of("X-A", "b")));
                assertEquals(200, r.status());
                assertEquals("got héllo", r.body());
                RawHttp.Reply c = h.exchange(RawHttp.get("/chunked", port));
                assertEquals(201, c.status());
                assertEquals("part one, part two", c.body());
                RawHttp.Reply e = h.exchange(RawHttp.post("/empty", port, "text/plain", new byte[0], Map.of()));
                assertEquals(401, e.status());
                assertEquals("", e.body());
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    @DisplayName("refuses any host but the loopback")
    void loopbackOnly() {
        assertThrows(IllegalArgumentException.class, () -> new RawHttp("example.com", 80, 1000));
    }
}
