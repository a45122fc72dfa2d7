package org.beachhead.web;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat copies every answer through a per-connection write buffer of 8 KiB, one system call per
 * buffer-full: a 73 KB timeline page took ten of them, where nginx sends the file in one. Measured
 * as the app's CPU time per request of that page under wrk, 8 KiB cost about 115 µs, 32 KiB 80,
 * 64 KiB 75 and 128 KiB 65 (docs/benchmarks.md). The buffer is taken per open connection, on the
 * heap, so 64 KiB is the compromise: 64 connections hold 4 MiB of a 256 MiB heap. Tomcat keeps the
 * buffers of closed connections for reuse; that pool is capped well below its 100 MB default.
 */
@Configuration(proxyBeanMethods = false)
class SocketWriteBuffer {

    private static final int WRITE_BUFFER_BYTES = 64 * 1024;
    private static final int REUSED_BUFFERS_BYTES = 16 * 1024 * 1024;

    @Bean
    TomcatConnectorCustomizer largerSocketWriteBuffer() {
        return connector -> {
            connector.setProperty("socket.appWriteBufSize", String.valueOf(WRITE_BUFFER_BYTES));
            connector.setProperty("socket.bufferPoolSize", String.valueOf(REUSED_BUFFERS_BYTES));
        };
    }
}
