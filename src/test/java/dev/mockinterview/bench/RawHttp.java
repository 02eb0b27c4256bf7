package dev.mockinterview.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal HTTP/1.1 client over one persistent (keep-alive) socket to 127.0.0.1, for load generation: far cheaper
 * per request than {@code java.net.http.HttpClient}, so the generator, which shares the cores with the servers,
 * takes as little CPU as possible. Understands {@code Content-Length}, {@code chunked} and {@code Connection: close}
 * replies. Not thread-safe: one connection per sender thread. Reconnects by itself after a closed or broken socket.
 */
final class RawHttp implements Closeable {
    /** A reply: status and body (UTF-8). */
    record Reply(int status, String body) {
    }

    private final String host;
    private final int port;
    private final int timeoutMillis;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    RawHttp(String host, int port, int timeoutMillis) {
        if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
            throw new IllegalArgumentException("load goes to 127.0.0.1 only, not " + host);
        }
        this.host = host;
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    /** The bytes of a POST with the given headers (Host, Content-Length and Content-Type added). */
    static byte[] post(String path, int port, String contentType, byte[] body, Map<String, String> headers) {
        StringBuilder sb = new StringBuilder(256 + headers.size() * 64);
        sb.append("POST ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n")
                .append("User-Agent: Slackbot 1.0 (+https://api.slack.com/robots)\r\n")
                .append("Content-Type: ").append(contentType).append("\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n");
        headers.forEach((k, v) -> sb.append(k).append(": ").append(v).append("\r\n"));
        sb.append("\r\n");
        byte[] head = sb.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    /** The bytes of a GET. */
    static byte[] get(String path, int port) {
        return ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Sends one request and reads its whole reply. On an I/O error the connection is dropped (the next call
     * reconnects) and the error is thrown.
     */
    Reply exchange(byte[] request) throws IOException {
        boolean fresh = socket == null;
        if (fresh) {
            connect();
        }
        try {
            out.write(request);
            out.flush();
            return readReply();
        } catch (IdleClosed e) {
            drop();
            if (fresh) {
                throw e;
            }
            // The server closed this kept-alive connection before reading the request: send it once more.
            return exchange(request);
        } catch (IOException e) {
            drop();
            throw e;
        }
    }

    /** The server closed the connection before sending a byte of the reply. */
    private static final class IdleClosed extends EOFException {
        IdleClosed() {
            super("connection closed by the server before replying");
        }
    }

    private void connect() throws IOException {
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.setSoTimeout(timeoutMillis);
            s.connect(new InetSocketAddress(host, port), timeoutMillis);
        } catch (IOException e) {
            s.close();
            throw e;
        }
        socket = s;
        in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
        out = new BufferedOutputStream(s.getOutputStream(), 16 * 1024);
    }

    private Reply readReply() throws IOException {
        int first = in.read();
        if (first < 0) {
            throw new IdleClosed();
        }
        String statusLine = (char) first + line();
        if (!statusLine.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP reply: " + statusLine);
        }
        int sp = statusLine.indexOf(' ');
        int status;
        try {
            status = Integer.parseInt(statusLine.substring(sp + 1, Math.min(statusLine.length(), sp + 4)));
        } catch (RuntimeException e) {
            throw new IOException("bad status line: " + statusLine);
        }
        long length = -1;
        boolean chunked = false;
        boolean close = statusLine.startsWith("HTTP/1.0");
        for (String h = line(); !h.isEmpty(); h = line()) {
            int colon = h.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = h.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> {
                    if (value.equalsIgnoreCase("close")) {
                        close = true;
                    } else if (value.equalsIgnoreCase("keep-alive")) {
                        close = false;
                    }
                }
                default -> {
                }
            }
        }
        byte[] body;
        if (chunked) {
            body = readChunked();
        } else if (length >= 0) {
            body = in.readNBytes((int) length);
            if (body.length < length) {
                throw new EOFException("reply body cut short");
            }
        } else if (status == 204 || status == 304 || status / 100 == 1) {
            body = new byte[0];
        } else {
            body = in.readAllBytes(); // delimited by the server closing the connection
            close = true;
        }
        if (close) {
            drop();
        }
        return new Reply(status, new String(body, StandardCharsets.UTF_8));
    }

    private byte[] readChunked() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        while (true) {
            String size = line();
            int semi = size.indexOf(';');
            int n = Integer.parseInt((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
            if (n == 0) {
                while (!line().isEmpty()) {
                    // trailers
                }
                return b.toByteArray();
            }
            byte[] chunk = in.readNBytes(n);
            if (chunk.length < n) {
                throw new EOFException("chunk cut short");
            }
            b.write(chunk);
            line();
        }
    }

    /** One CRLF-terminated line, without the CRLF. */
    private String line() throws IOException {
        StringBuilder sb = new StringBuilder(64);
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new EOFException("connection closed by the server");
            }
            if (c == '\n') {
                int len = sb.length();
                if (len > 0 && sb.charAt(len - 1) == '\r') {
                    sb.setLength(len - 1);
                }
                return sb.toString();
            }
            if (sb.length() > 16 * 1024) {
                throw new IOException("header line too long");
            }
            sb.append((char) c);
        }
    }

    private void drop() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already broken
            }
        }
        socket = null;
        in = null;
        out = null;
    }

    @Override
    public void close() {
        drop();
    }
}
