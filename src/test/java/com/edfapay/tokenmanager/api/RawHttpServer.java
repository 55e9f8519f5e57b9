package com.edfapay.tokenmanager.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/** A socket server that answers every request with the same raw bytes, for answers MockWebServer cannot send. */
final class RawHttpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread thread;
    private volatile byte[] answer;
    final AtomicInteger requests = new AtomicInteger();

    RawHttpServer(byte[] answer) throws IOException {
        this.answer = answer;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.thread = new Thread(this::serve, "raw-http");
        thread.setDaemon(true);
        thread.start();
    }

    static RawHttpServer answering(String raw) throws IOException {
        return new RawHttpServer(raw.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket s = socket.accept()) {
                readHeaders(s.getInputStream());
                requests.incrementAndGet();
                OutputStream out = s.getOutputStream();
                out.write(answer);
                out.flush();
                s.shutdownOutput();
            } catch (IOException e) {
                // closed, or the client hung up: next
            }
        }
    }

    private static void readHeaders(InputStream in) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            seen.write(b);
            byte[] a = seen.toByteArray();
            int n = a.length;
            if (n >= 4 && a[n - 4] == '\r' && a[n - 3] == '\n' && a[n - 2] == '\r' && a[n - 1] == '\n') {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
