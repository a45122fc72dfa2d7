package org.beachhead.web;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A 64 KiB socket write buffer instead of Tomcat's 8 KiB: a page goes out in a few system calls
 * rather than ten (figures in docs/benchmarks.md). Each open connection holds one on the heap (64
 * connections: 4 MiB), and the pool Tomcat keeps for reuse is capped well below its 100 MB default.
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
